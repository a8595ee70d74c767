// graph.ttl and graph.nt: the Timeline as RDF for SPARQL users, on two standard vocabularies:
// SEM (Simple Event Model: events, actors, places, event types, time stamps) and PROV (what each
// event was derived from). kronik's own values (CAMEO code, QuadClass, Goldstein, roles,
// confidence) use a small vocabulary under the base IRI.
//
// The same walk over the Timeline makes the triples of both files, each written as soon as it is
// made (no list of triples, no whole file in memory): N-Triples line by line, Turtle with
// prefixes and one block per run of triples on one subject. Terms are rendered when the triple is
// made, so both files hold exactly the same graph. Every IRI kronik mints is the base plus a kind and a percent-
// encoded key (entity keys hold ':', spaces and any script), so they are valid in both syntaxes.
#include <functional>
#include <map>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "internal.h"
#include "kronik/export/export.h"

namespace kronik {
namespace {

constexpr std::string_view kRdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
constexpr std::string_view kRdfs = "http://www.w3.org/2000/01/rdf-schema#";
constexpr std::string_view kXsd = "http://www.w3.org/2001/XMLSchema#";
constexpr std::string_view kOwl = "http://www.w3.org/2002/07/owl#";
constexpr std::string_view kSem = "http://semanticweb.cs.vu.nl/2009/11/sem/";
constexpr std::string_view kProv = "http://www.w3.org/ns/prov#";
constexpr std::string_view kWikidata = "http://www.wikidata.org/entity/";

/// `<iri>`; the IRI is made of characters N-Triples and Turtle allow unescaped.
std::string iri(std::string_view a, std::string_view b = {}) {
  return "<" + std::string(a) + std::string(b) + ">";
}

/// A key as an IRI segment: unreserved ASCII kept, every other byte percent-encoded
/// ("country:PRK" -> "country%3APRK"), so any key gives a valid, reversible IRI.
std::string segment(std::string_view key) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  std::string out;
  for (unsigned char c : key) {
    const bool unreserved = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' ||
                            c == '.' || c == '_' || c == '~';
    if (unreserved) {
      out += static_cast<char>(c);
    } else {
      out += '%';
      out += kHex[c >> 4];
      out += kHex[c & 15];
    }
  }
  return out;
}

/// A literal: quotes, backslashes and line breaks escaped (valid N-Triples and Turtle).
std::string literal(std::string_view raw, std::string_view suffix = {}) {
  const std::string s = export_detail::valid_utf8(raw);
  std::string out = "\"";
  for (char c : s) {
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      case '\0': break;
      default: out += c;
    }
  }
  return out + "\"" + std::string(suffix);
}

std::string typed(std::string_view value, std::string_view xsd_type) {
  return literal(value, "^^" + iri(kXsd, xsd_type));
}

/// Is `url` safe to write as an IRI (absolute http(s), no character IRIs forbid)?
bool usable_url(std::string_view url) {
  if (!(url.starts_with("http://") || url.starts_with("https://"))) return false;
  for (unsigned char c : url)
    if (c <= 0x20 || c == '<' || c == '>' || c == '"' || c == '{' || c == '}' || c == '|' || c == '\\' || c == '^' ||
        c == '`')
      return false;
  return true;
}

/// Receives each triple as it is made: subject, predicate, object (rendered terms).
using TripleFn = std::function<void(const std::string&, const std::string&, const std::string&)>;

class RdfBuilder {
 public:
  RdfBuilder(std::string base, TripleFn emit) : base_(std::move(base)), emit_(std::move(emit)) {}

  std::string node(std::string_view kind, std::string_view key) const { return iri(base_, std::string(kind) + "/" + segment(key)); }
  std::string vocab(std::string_view term) const { return iri(base_, "vocab#" + std::string(term)); }
  void add(const std::string& s, const std::string& p, const std::string& o) { emit_(s, p, o); }

  void entity(const EntityRecord& e) {
    const std::string s = node("entity", e.key);
    const bool place = e.type == EntityType::kLocation || e.type == EntityType::kCountry;
    add(s, iri(kRdf, "type"), iri(kSem, place ? "Place" : "Actor"));
    if (e.type == EntityType::kCountry) add(s, iri(kRdf, "type"), iri(kSem, "Actor"));
    add(s, iri(kRdfs, "label"), literal(e.name.empty() ? e.key : e.name));
    if (e.type != EntityType::kUnknown) add(s, vocab("entityType"), literal(entity_type_name(e.type)));
    if (!e.qid.empty()) add(s, iri(kOwl, "sameAs"), iri(kWikidata, segment(e.qid)));
    if (!e.iso.empty()) add(s, vocab("iso"), literal(e.iso));
  }

  void document(const DocumentInfo& d) {
    const std::string s = node("document", d.id);
    add(s, iri(kRdf, "type"), iri(kProv, "Entity"));
    add(s, iri(kRdfs, "label"), literal(d.title.empty() ? d.id : d.title));
    if (!d.outlet.empty()) add(s, vocab("outlet"), literal(d.outlet));
    if (usable_url(d.url)) add(s, iri(kProv, "atLocation"), iri(d.url));
    if (d.published.known()) add(s, vocab("published"), typed(d.published.iso_date(), "date"));
  }

  void event(const Event& e, const std::string& headline, const std::set<std::string_view>& entities) {
    const std::string s = node("event", e.id);
    add(s, iri(kRdf, "type"), iri(kSem, "Event"));
    add(s, iri(kRdfs, "label"), literal(headline, "@en"));
    if (!e.cameo.empty()) {
      add(s, iri(kSem, "eventType"), node("cameo", e.cameo));
      add(s, vocab("cameo"), literal(e.cameo));
    }
    add(s, vocab("quadClass"), typed(std::to_string(e.quad_class), "integer"));
    if (const std::string g = export_detail::number(e.goldstein, 2); !g.empty()) add(s, vocab("goldstein"), typed(g, "decimal"));
    if (const std::string c = export_detail::number(e.confidence, 4); !c.empty()) add(s, vocab("confidence"), typed(c, "decimal"));
    add(s, vocab("modality"), literal(modality_name(e.modality)));
    for (const Participant& p : e.participants) {
      if (p.entity.empty() || !entities.count(p.entity)) continue;
      add(s, iri(kSem, "hasActor"), node("entity", p.entity));
      add(s, vocab(participant_role_name(p.role)), node("entity", p.entity));
    }
    if (!e.location.empty() && entities.count(e.location)) add(s, iri(kSem, "hasPlace"), node("entity", e.location));
    time(s, e.date);
    for (const std::string& doc : e.sources) add(s, iri(kProv, "wasDerivedFrom"), node("document", doc));
    if (!e.cameo.empty() && event_types_.insert(e.cameo).second) {  // after the event: one block each
      const std::string type = node("cameo", e.cameo);
      add(type, iri(kRdf, "type"), iri(kSem, "EventType"));
      add(type, iri(kRdfs, "label"), literal(e.cameo_name.empty() ? e.type : e.cameo_name, "@en"));
    }
  }

 private:
  /// The interval the date stands for as xsd:date stamps, and the reduced-precision value.
  void time(const std::string& s, const TimeValue& date) {
    if (!date.known()) return;
    add(s, iri(kSem, "hasEarliestBeginTimeStamp"), typed(export_detail::interval_start(date), "date"));
    add(s, iri(kSem, "hasLatestEndTimeStamp"), typed(export_detail::interval_end(date), "date"));
    add(s, iri(kSem, "hasTimeStamp"), literal(export_detail::date_text(date)));
  }

  std::string base_;
  TripleFn emit_;
  std::set<std::string> event_types_;
};

/// Turtle: prefixes, then one block per run of triples on one subject ("s p o ;\n    p o .").
class TurtleWriter {
 public:
  TurtleWriter(const std::string& base, export_detail::ByteSink& sink)
      : prefixes_{{"rdf", std::string(kRdf)},   {"rdfs", std::string(kRdfs)}, {"xsd", std::string(kXsd)},
                  {"owl", std::string(kOwl)},   {"sem", std::string(kSem)},   {"prov", std::string(kProv)},
                  {"kv", base + "vocab#"}},
        rdf_type_("<" + std::string(kRdf) + "type>"),
        sink_(sink) {
    for (const auto& [name, ns] : prefixes_) sink_.write("@prefix " + name + ": <" + ns + "> .\n");
  }

  void triple(const std::string& s, const std::string& p, const std::string& o) {
    if (s != subject_) {
      if (!subject_.empty()) sink_.write(" .\n");
      sink_.write("\n" + s + "\n    ");
      subject_ = s;
    } else {
      sink_.write(" ;\n    ");
    }
    sink_.write(p == rdf_type_ ? "a" : shorten(p));
    sink_.put(' ');
    sink_.write(shorten(o));
  }

  void finish() {
    if (!subject_.empty()) sink_.write(" .\n");
  }

 private:
  // An IRI of a known namespace with a plain local name as a prefixed name ("sem:Event").
  std::string shorten_iri(const std::string& term) const {
    for (const auto& [name, ns] : prefixes_) {
      if (term.size() > ns.size() + 2 && term.compare(1, ns.size(), ns) == 0) {
        const std::string local = term.substr(ns.size() + 1, term.size() - ns.size() - 2);
        if (local.find_first_not_of("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_") == std::string::npos)
          return name + ":" + local;
      }
    }
    return term;
  }
  std::string shorten(const std::string& term) const {
    if (term.empty() || term[0] != '"') return shorten_iri(term);
    // A literal: only a datatype can be shortened, and only a typed literal ends with '>'.
    const std::size_t at = term.back() == '>' ? term.rfind("\"^^<") : std::string::npos;
    return at == std::string::npos ? term : term.substr(0, at + 3) + shorten_iri(term.substr(at + 3));
  }

  const std::vector<std::pair<std::string, std::string>> prefixes_;
  const std::string rdf_type_;
  export_detail::ByteSink& sink_;
  std::string subject_;
};

/// Every triple of the Timeline, in file order: entities, documents, then events (each followed
/// by its CAMEO type the first time that type is used).
void each_triple(const Timeline& timeline, const std::string& root, TripleFn emit) {
  RdfBuilder b(root, std::move(emit));
  std::set<std::string_view> entities;
  for (const EntityRecord& e : timeline.entities)
    if (!e.key.empty() && entities.insert(e.key).second) b.entity(e);
  std::set<std::string_view> documents;
  for (const DocumentInfo& d : timeline.documents)
    if (documents.insert(d.id).second) b.document(d);
  const HeadlineWriter headline(timeline);
  std::set<std::string_view> events;
  for (const Event& e : timeline.events)
    if (!e.id.empty() && events.insert(e.id).second) b.event(e, headline(e), entities);
}

}  // namespace

void export_detail::write_rdf(const Timeline& timeline, const std::string& base, RdfSyntax syntax, ByteSink& sink) {
  const std::string root = base.empty() ? std::string(kDefaultRdfBase) : base;
  if (syntax == RdfSyntax::kNTriples) {
    each_triple(timeline, root, [&](const std::string& s, const std::string& p, const std::string& o) {
      for (const std::string* term : {&s, &p, &o}) {
        sink.write(*term);
        sink.put(' ');
      }
      sink.write(".\n");
    });
    return;
  }
  TurtleWriter turtle(root, sink);
  each_triple(timeline, root, [&](const std::string& s, const std::string& p, const std::string& o) { turtle.triple(s, p, o); });
  turtle.finish();
}

RdfGraph rdf_graph(const Timeline& timeline, const std::string& base) {
  auto file = [&](export_detail::RdfSyntax syntax) {
    return export_detail::collect([&](export_detail::ByteSink& s) { export_detail::write_rdf(timeline, base, syntax, s); });
  };
  RdfGraph g;
  g.turtle = file(export_detail::RdfSyntax::kTurtle);
  g.ntriples = file(export_detail::RdfSyntax::kNTriples);
  return g;
}

}  // namespace kronik
