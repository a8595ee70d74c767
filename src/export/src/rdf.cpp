// graph.ttl and graph.nt: the Timeline as RDF for SPARQL users, on two standard vocabularies:
// SEM (Simple Event Model: events, actors, places, event types, time stamps) and PROV (what each
// event was derived from). kronik's own values (CAMEO code, QuadClass, Goldstein, roles,
// confidence) use a small vocabulary under the base IRI.
//
// One list of triples is built once and written twice: N-Triples line by line, Turtle with
// prefixes and one block per subject. Terms are rendered when the triple is made, so both files
// hold exactly the same graph. Every IRI kronik mints is the base plus a kind and a percent-
// encoded key (entity keys hold ':', spaces and any script), so they are valid in both syntaxes.
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

struct Triple {
  std::string s, p, o;
};

class RdfBuilder {
 public:
  explicit RdfBuilder(std::string base) : base_(std::move(base)) {}

  std::string node(std::string_view kind, std::string_view key) const { return iri(base_, std::string(kind) + "/" + segment(key)); }
  std::string vocab(std::string_view term) const { return iri(base_, "vocab#" + std::string(term)); }
  void add(const std::string& s, const std::string& p, const std::string& o) { triples_.push_back({s, p, o}); }

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

  void event(const Event& e, const std::string& headline, const std::set<std::string>& entities) {
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

  const std::vector<Triple>& triples() const { return triples_; }

 private:
  /// The interval the date stands for as xsd:date stamps, and the reduced-precision value.
  void time(const std::string& s, const TimeValue& date) {
    if (!date.known()) return;
    add(s, iri(kSem, "hasEarliestBeginTimeStamp"), typed(export_detail::interval_start(date), "date"));
    add(s, iri(kSem, "hasLatestEndTimeStamp"), typed(export_detail::interval_end(date), "date"));
    add(s, iri(kSem, "hasTimeStamp"), literal(export_detail::date_text(date)));
  }

  std::string base_;
  std::vector<Triple> triples_;
  std::set<std::string> event_types_;
};

/// Turtle: prefixes, then one block per subject ("s p o ;\n    p o .") in first-use order.
std::string turtle(const std::vector<Triple>& triples, const std::string& base) {
  const std::vector<std::pair<std::string, std::string>> prefixes = {
      {"rdf", std::string(kRdf)},   {"rdfs", std::string(kRdfs)}, {"xsd", std::string(kXsd)},
      {"owl", std::string(kOwl)},   {"sem", std::string(kSem)},   {"prov", std::string(kProv)},
      {"kv", base + "vocab#"},
  };
  // An IRI of a known namespace with a plain local name as a prefixed name ("sem:Event").
  auto shorten_iri = [&](const std::string& term) {
    for (const auto& [name, ns] : prefixes) {
      if (term.size() > ns.size() + 2 && term.compare(1, ns.size(), ns) == 0) {
        const std::string local = term.substr(ns.size() + 1, term.size() - ns.size() - 2);
        if (local.find_first_not_of("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_") == std::string::npos)
          return name + ":" + local;
      }
    }
    return term;
  };
  auto shorten = [&](const std::string& term) {
    if (term.empty() || term[0] != '"') return shorten_iri(term);
    // A literal: only a datatype can be shortened, and only a typed literal ends with '>'.
    const std::size_t at = term.back() == '>' ? term.rfind("\"^^<") : std::string::npos;
    return at == std::string::npos ? term : term.substr(0, at + 3) + shorten_iri(term.substr(at + 3));
  };
  std::string out;
  for (const auto& [name, ns] : prefixes) out += "@prefix " + name + ": <" + ns + "> .\n";
  std::string subject;
  for (const Triple& t : triples) {
    if (t.s != subject) {
      if (!subject.empty()) out += " .\n";
      out += "\n" + t.s + "\n    ";
      subject = t.s;
    } else {
      out += " ;\n    ";
    }
    out += (t.p == "<" + std::string(kRdf) + "type>") ? "a" : shorten(t.p);
    out += ' ';
    out += shorten(t.o);
  }
  if (!subject.empty()) out += " .\n";
  return out;
}

}  // namespace

RdfGraph rdf_graph(const Timeline& timeline, const std::string& base) {
  const std::string root = base.empty() ? std::string(kDefaultRdfBase) : base;
  RdfBuilder b(root);
  std::set<std::string> entities;
  for (const EntityRecord& e : timeline.entities)
    if (!e.key.empty() && entities.insert(e.key).second) b.entity(e);
  std::set<std::string> documents;
  for (const DocumentInfo& d : timeline.documents)
    if (documents.insert(d.id).second) b.document(d);
  const HeadlineWriter headline(timeline);
  std::set<std::string> events;
  for (const Event& e : timeline.events)
    if (!e.id.empty() && events.insert(e.id).second) b.event(e, headline(e), entities);

  RdfGraph g;
  for (const Triple& t : b.triples()) g.ntriples += t.s + " " + t.p + " " + t.o + " .\n";
  g.turtle = turtle(b.triples(), root);
  return g;
}

}  // namespace kronik
