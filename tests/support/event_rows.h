// Shared by the event tests: one row is a short text written for the test with the events a
// careful human coder would record; check_rows() runs every row and reports what differs.
// Only the fields listed are compared: CAMEO code (a root "04" or a full code "042"), actors and
// targets by role, location, modality, and for claims the speaker, status and first reporter.
// Every event produced must be expected and every expected event produced (precision first).
// KRONIK_EVENTS_DUMP=1 prints every row.
#pragma once

#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdlib>
#include <functional>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

#include "kronik/core/model.h"

namespace kronik::test {

using kronik::Event;

struct Exp {
  std::string cameo;
  std::string actors;   // '+'-separated entity keys
  std::string targets;  // '+'-separated entity keys, "" = none
  std::string location = "";      // "" = none, "*" = not checked
  std::string modality = "asserted";
  std::string speaker = "*";      // claim speaker, "*" = not checked, "" = none
  std::string status = "*";       // claim status
  std::string reporter = "*";     // first of the reporting chain
  std::string date = "*";         // prefix of the event date
  bool direct = false;            // checked only when true

  Exp& at(std::string l) { location = std::move(l); return *this; }
  Exp& planned() { modality = "planned"; return *this; }
  Exp& said(std::string s) { speaker = std::move(s); return *this; }
  Exp& with_status(std::string s) { status = std::move(s); return *this; }
  Exp& by(std::string r) { reporter = std::move(r); return *this; }
  Exp& on(std::string d) { date = std::move(d); return *this; }
  Exp& quote() { direct = true; return *this; }
};

inline Exp ev(std::string cameo, std::string actors, std::string targets = "", std::string location = "") {
  Exp e;
  e.cameo = std::move(cameo);
  e.actors = std::move(actors);
  e.targets = std::move(targets);
  e.location = std::move(location);
  return e;
}

struct Row {
  std::string lang;
  std::string text;
  std::vector<Exp> events;  // empty: the text must yield no event at all
  bool keep_planned = false;
  std::string published = "2024-05-20";
};

inline std::vector<std::string> keys(const std::string& s) {
  std::vector<std::string> r;
  std::stringstream ss(s);
  std::string k;
  while (std::getline(ss, k, '+'))
    if (!k.empty()) r.push_back(k);
  std::sort(r.begin(), r.end());
  return r;
}

inline std::vector<std::string> role_keys(const Event& e, kronik::ParticipantRole role) {
  std::vector<std::string> r;
  for (const auto& p : e.participants)
    if (p.role == role) r.push_back(p.entity);
  std::sort(r.begin(), r.end());
  return r;
}

inline std::string describe(const Event& e) {
  std::string s = e.cameo + " a:";
  for (const auto& k : role_keys(e, kronik::ParticipantRole::kActor)) s += k + " ";
  s += "t:";
  for (const auto& k : role_keys(e, kronik::ParticipantRole::kTarget)) s += k + " ";
  s += "@" + e.location + " " + kronik::modality_name(e.modality) + " " + e.date.iso();
  if (e.has_claim) {
    s += " claim{" + e.claim.speaker + " " + kronik::claim_status_name(e.claim.status);
    for (const auto& r : e.claim.reported_by) s += " by " + r;
    if (e.claim.direct) s += " direct";
    s += "}";
  }
  return s;
}

inline bool matches(const Exp& x, const Event& e) {
  if (e.cameo.compare(0, x.cameo.size(), x.cameo) != 0) return false;
  if (role_keys(e, kronik::ParticipantRole::kActor) != keys(x.actors)) return false;
  if (role_keys(e, kronik::ParticipantRole::kTarget) != keys(x.targets)) return false;
  if (x.location != "*" && e.location != x.location) return false;
  if (x.modality != kronik::modality_name(e.modality)) return false;
  if (x.speaker != "*" && (e.has_claim ? e.claim.speaker : std::string()) != x.speaker) return false;
  if (x.status != "*" && (!e.has_claim || x.status != kronik::claim_status_name(e.claim.status))) return false;
  if (x.reporter != "*") {
    std::string first = e.has_claim && !e.claim.reported_by.empty() ? e.claim.reported_by.front() : std::string();
    if (first != x.reporter) return false;
  }
  if (x.date != "*" && e.date.iso().compare(0, x.date.size(), x.date) != 0) return false;
  if (x.direct && !(e.has_claim && e.claim.direct)) return false;
  return true;
}

/// Runs every row through `run` and checks its events against the row's.
inline void check_rows(const std::vector<Row>& table, const std::function<std::vector<Event>(const Row&, int)>& run) {
  const bool dump = std::getenv("KRONIK_EVENTS_DUMP") != nullptr;
  int failed = 0;
  for (std::size_t n = 0; n < table.size(); ++n) {
    const Row& row = table[n];
    auto got = run(row, static_cast<int>(n));
    std::vector<bool> used(got.size(), false);
    std::vector<std::string> missing;
    for (const Exp& x : row.events) {
      bool found = false;
      for (std::size_t g = 0; g < got.size() && !found; ++g)
        if (!used[g] && matches(x, got[g])) used[g] = found = true;
      if (!found) missing.push_back(x.cameo + " a:" + x.actors + " t:" + x.targets + " @" + x.location);
    }
    std::vector<std::string> extra;
    for (std::size_t g = 0; g < got.size(); ++g)
      if (!used[g]) extra.push_back(describe(got[g]));
    bool ok = missing.empty() && extra.empty();
    if (!ok) ++failed;
    if (dump || !ok) {
      std::ostringstream os;
      os << (ok ? "ok   " : "FAIL ") << "#" << n << " [" << row.lang << "] " << row.text << "\n";
      for (const auto& e : got) os << "       got  " << describe(e) << "\n";
      for (const auto& m : missing) os << "       MISSING " << m << "\n";
      if (dump) std::cout << os.str();
      else UNSCOPED_INFO(os.str());
    }
    CHECK(ok);
  }
  if (dump) std::cout << failed << " of " << table.size() << " rows fail\n";
}

}  // namespace kronik::test
