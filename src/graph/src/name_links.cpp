// Cross-document entity linking (kronik/graph/name_links.h): which name keys are one person or
// organisation, decided on the run's merged records before the event merge reads them.
#include "kronik/graph/name_links.h"

#include <algorithm>
#include <cctype>
#include <functional>
#include <map>
#include <optional>

#include "internal.h"

namespace kronik {

Result<NameWords> NameWords::parse(std::string_view tsv, const std::string& name) {
  NameWords t;
  bool header = false;
  auto err = graph_detail::for_each_row(tsv, name, [&](const std::vector<std::string_view>& cells) -> std::optional<std::string> {
    if (!header) {
      if (cells.size() < 3 || cells[0] != "word" || cells[1] != "english" || cells[2] != "kind")
        return "expected the header 'word<TAB>english<TAB>kind'";
      header = true;
      return std::nullopt;
    }
    if (cells.size() < 3 || cells[0].empty()) return "expected word, english and kind";
    Kind k = cells[2] == "head" ? Kind::kHead : cells[2] == "word" ? Kind::kWord : Kind::kDrop;
    if (k == Kind::kDrop && cells[2] != "drop") return "kind must be head, word or drop";
    if (k != Kind::kDrop && cells[1].empty()) return "a head or word needs its English word";
    if (!t.rows_.emplace(std::string(cells[0]), std::pair{std::string(cells[1]), k}).second)
      return "word listed twice: " + std::string(cells[0]);
    return std::nullopt;
  });
  if (err) return *err;
  if (!header) return Error{ErrorCode::kData, "no header row", name, 0};
  return t;
}

Result<NameWords> NameWords::load(const std::string& path) {
  auto text = graph_detail::read_file(path);
  if (!text) return Error{ErrorCode::kData, "cannot read the organisation word table", path, 0};
  return parse(*text, path);
}

const std::pair<std::string, NameWords::Kind>* NameWords::find(std::string_view word) const {
  auto it = rows_.find(word);
  return it == rows_.end() ? nullptr : &it->second;
}

namespace graph_detail {

namespace {

// Lower-case ASCII words of a name; bytes of other scripts stay in their word.
std::vector<std::string> words_of(const std::string& name) {
  std::vector<std::string> out;
  std::string w;
  for (unsigned char c : name) {
    if (c >= 0x80 || std::isalnum(c)) {
      w += static_cast<char>(std::tolower(c));
      continue;
    }
    if (w.size() > 1 || (w.size() == 1 && w != "s")) out.push_back(w);  // "People's": no lone s
    w.clear();
  }
  if (!w.empty()) out.push_back(w);
  return out;
}

// One spelling for the loanwords Indonesian and English share: c/q -> k, ph -> f, x -> ks,
// -ti+vowel -> -si (national ~ nasional), no doubled letters, no adjective -ik (democratic ~
// demokrat).
std::string loan_fold(const std::string& w) {
  std::string s;
  auto vowel = [](char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; };
  for (std::size_t i = 0; i < w.size(); ++i) {
    char c = w[i];
    if (c == 'p' && i + 1 < w.size() && w[i + 1] == 'h') c = 'f', ++i;
    else if (c == 'c' || c == 'q') c = 'k';
    else if (c == 'x') s += 'k', c = 's';
    else if (c == 't' && i + 2 < w.size() && w[i + 1] == 'i' && vowel(w[i + 2]) && i > 0) c = 's';
    if (s.empty() || s.back() != c) s += c;
  }
  if (s.size() >= 6 && s.compare(s.size() - 2, 2, "ik") == 0) s.resize(s.size() - 2);
  return s;
}

// The language-neutral form of an organisation name: its words translated and spelled alike,
// sorted; empty when it has no generic head or nothing but one.
std::string org_form(const std::string& name, const NameWords& words) {
  std::vector<std::string> out;
  bool head = false;
  for (const std::string& w : words_of(name)) {
    const auto* row = words.find(w);
    if (row && row->second == NameWords::Kind::kDrop) continue;
    head = head || (row && row->second == NameWords::Kind::kHead);
    out.push_back(loan_fold(row ? row->first : w));
  }
  if (!head || out.size() < 2) return {};
  std::sort(out.begin(), out.end());
  std::string form;
  for (const auto& w : out) form += w + ' ';
  return form;
}

// Only records the text named (open names) are linked away; gazetteer records already have one key.
bool is_open_name(const EntityRecord& r) { return !r.from_gazetteer; }

bool org_like(const EntityRecord& r) { return r.type == EntityType::kOrganization || r.type == EntityType::kGroup; }

// Which record of a linked set keeps its key: a gazetteer one, the longer name, more mentions,
// the smaller key (none of these depends on input order).
bool keeps_before(const EntityRecord& a, const EntityRecord& b) {
  auto rank = [](const EntityRecord& r) {
    return std::tuple{r.from_gazetteer, words_of(r.name).size(), r.mentions};
  };
  if (rank(a) != rank(b)) return rank(a) > rank(b);
  return a.key < b.key;
}

// Every name and alias of a record: its surface forms.
std::vector<const std::string*> surfaces(const EntityRecord& r) {
  std::vector<const std::string*> all{&r.name};
  for (const auto& a : r.aliases) all.push_back(&a);
  return all;
}

// Links each open-name record whose keys (forms) are shared with exactly one other record: the
// other record is then the same entity, and the one of the two that keeps_before() keeps its key.
void link_unique(const std::vector<EntityRecord>& entities, const std::map<std::string, std::vector<const EntityRecord*>>& by_form,
                 const std::function<std::vector<std::string>(const EntityRecord&)>& forms_of, EntityLinks& links) {
  for (const auto& r : entities) {
    if (!is_open_name(r) || links.count(r.key)) continue;
    std::vector<const EntityRecord*> others;
    for (const std::string& f : forms_of(r))
      if (auto it = by_form.find(f); it != by_form.end())
        for (const EntityRecord* o : it->second)
          if (o != &r && std::find(others.begin(), others.end(), o) == others.end()) others.push_back(o);
    if (others.size() != 1 || links.count(others[0]->key)) continue;
    const EntityRecord* o = others[0];
    if (keeps_before(*o, r)) links[r.key] = o->key;
    else if (is_open_name(*o)) links[o->key] = r.key;
  }
}

// Organisations whose names (or aliases) have one language-neutral form.
void link_organisations(const std::vector<EntityRecord>& entities, const NameWords& words, EntityLinks& links) {
  auto forms_of = [&](const EntityRecord& r) {
    std::vector<std::string> out;
    if (!org_like(r)) return out;
    for (const std::string* n : surfaces(r))
      if (std::string f = org_form(*n, words); !f.empty()) out.push_back(std::move(f));
    return out;
  };
  std::map<std::string, std::vector<const EntityRecord*>> by_form;
  for (const auto& r : entities)
    for (auto& f : forms_of(r)) by_form[f].push_back(&r);
  link_unique(entities, by_form, forms_of, links);
}

// A name that another record of the same type lists among its surface forms ("Gereja Katedral"
// beside "Gereja Katedral Jakarta", which an article also called "Gereja Katedral").
void link_aliases(const std::vector<EntityRecord>& entities, EntityLinks& links) {
  auto name_of = [](const EntityRecord& r) {
    std::string out = entity_type_name(r.type);
    for (const auto& w : words_of(r.name)) out += ' ' + w;
    return std::vector<std::string>{out};
  };
  std::map<std::string, std::vector<const EntityRecord*>> by_alias;
  for (const auto& r : entities)
    for (const std::string* n : surfaces(r)) {
      std::string f = entity_type_name(r.type);
      for (const auto& w : words_of(*n)) f += ' ' + w;
      auto& v = by_alias[f];
      if (std::find(v.begin(), v.end(), &r) == v.end()) v.push_back(&r);
    }
  link_unique(entities, by_alias, name_of, links);
}

// A one-word person name joins the one longer person name of the run it begins or ends.
void link_surnames(const std::vector<EntityRecord>& entities, EntityLinks& links) {
  std::map<std::string, std::vector<const EntityRecord*>> by_end;  // first or last word -> full names
  for (const auto& r : entities) {
    if (r.type != EntityType::kPerson || links.count(r.key)) continue;
    std::vector<std::string> ends;
    for (const std::string* n : surfaces(r)) {
      auto w = words_of(*n);
      if (w.size() < 2) continue;
      ends.push_back(w.front());
      ends.push_back(w.back());
    }
    std::sort(ends.begin(), ends.end());
    ends.erase(std::unique(ends.begin(), ends.end()), ends.end());
    for (auto& e : ends) by_end[e].push_back(&r);
  }
  for (const auto& r : entities) {
    if (r.type != EntityType::kPerson || !is_open_name(r) || links.count(r.key)) continue;
    auto w = words_of(r.name);
    if (w.size() != 1) continue;
    auto it = by_end.find(w.front());
    if (it == by_end.end() || it->second.size() != 1 || it->second.front() == &r) continue;
    links[r.key] = it->second.front()->key;
  }
}

void absorb_record(EntityRecord& into, const EntityRecord& r) {
  into.mentions += r.mentions;
  into.aliases.push_back(r.name);
  into.aliases.insert(into.aliases.end(), r.aliases.begin(), r.aliases.end());
  std::sort(into.aliases.begin(), into.aliases.end());
  into.aliases.erase(std::unique(into.aliases.begin(), into.aliases.end()), into.aliases.end());
  for (const auto& role : r.roles) into.roles.push_back(role);
  for (const auto& w : r.within)
    if (std::find(into.within.begin(), into.within.end(), w) == into.within.end()) into.within.push_back(w);
  if (r.first_seen.known() && (!into.first_seen.known() || time_less(r.first_seen, into.first_seen))) into.first_seen = r.first_seen;
  if (r.last_seen.known() && (!into.last_seen.known() || time_less(into.last_seen, r.last_seen))) into.last_seen = r.last_seen;
}

}  // namespace

EntityLinks link_entities(const std::vector<EntityRecord>& entities, const NameWords* words) {
  EntityLinks links;
  link_organisations(entities, words ? *words : NameWords{}, links);
  link_aliases(entities, links);
  link_surnames(entities, links);
  // One step per link: a record linked to one that was itself linked names the last one.
  for (auto& [from, to] : links)
    for (std::size_t hops = 0; hops < links.size(); ++hops) {
      auto next = links.find(to);
      if (next == links.end() || next->second == from) break;
      to = next->second;
    }
  return links;
}

void fold_linked(std::vector<EntityRecord>& entities, const EntityLinks& links) {
  if (links.empty()) return;
  std::map<std::string, std::size_t> at;
  for (std::size_t i = 0; i < entities.size(); ++i) at[entities[i].key] = i;
  for (const auto& r : entities)  // entities are sorted by key: the folding order is fixed
    if (auto l = links.find(r.key); l != links.end()) absorb_record(entities[at[l->second]], r);
  std::erase_if(entities, [&](const EntityRecord& r) { return links.count(r.key) > 0; });
}

const std::string& linked(const EntityLinks& links, const std::string& key) {
  auto it = links.find(key);
  return it == links.end() ? key : it->second;
}

void relink(Event& e, const EntityLinks& links) {
  if (links.empty()) return;
  std::vector<Participant> out;
  for (auto& p : e.participants) {
    p.entity = linked(links, p.entity);
    bool seen = std::any_of(out.begin(), out.end(), [&](const Participant& q) { return q.entity == p.entity; });
    if (!seen) out.push_back(std::move(p));
  }
  e.participants = std::move(out);
  if (!e.location.empty()) e.location = linked(links, e.location);
}

}  // namespace graph_detail
}  // namespace kronik
