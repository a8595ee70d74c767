// documents.jsonl (ExportConfig::keep_text, `kronik build --keep-text`): the text every offset of
// the other outputs points into, one document per line, so a client can highlight evidence
// without the original files (and, for HTML, without kronik's article extraction).
#include <string>
#include <string_view>

#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include "internal.h"
#include "json_out.h"
#include "kronik/export/export.h"

namespace kronik {
namespace {

using export_detail::JsonOut;

// Calls `emit` with each line (newline included), in document (id) order. One line is built at
// a time: the texts are not copied into one big string.
template <class Emit>
void each_document_line(const Timeline& t, const DocumentTexts& texts, Emit&& emit) {
  rapidjson::StringBuffer buf;
  for (const DocumentInfo& d : t.documents) {
    buf.Clear();
    rapidjson::Writer<rapidjson::StringBuffer> w(buf);
    JsonOut o(w);
    o.begin_object();
    o.key("id");
    o.str(d.id);
    o.key("url");
    o.str_or_null(d.url);
    o.key("title");
    o.str_or_null(d.title);
    o.key("published");
    o.time_or_null(d.published);
    o.key("text");
    auto it = texts.find(d.id);
    if (it == texts.end()) o.null();
    else o.str(it->second);
    o.end_object();
    buf.Put('\n');
    emit(std::string_view(buf.GetString(), buf.GetSize()));
  }
}

}  // namespace

std::string documents_jsonl(const Timeline& timeline, const DocumentTexts& texts) {
  std::string out;
  each_document_line(timeline, texts, [&](std::string_view line) { out += line; });
  return out;
}

void export_detail::write_documents_jsonl(const Timeline& t, const DocumentTexts& texts, ByteSink& sink) {
  each_document_line(t, texts, [&](std::string_view line) { sink.write(line); });
}

}  // namespace kronik
