// Memory for Graphviz layouts that makes them independent of where malloc puts things.
// Internal to kronik_export (dot.cpp).
//
// Why: Graphviz 2.42's fdp orders the edges of its derived graphs by comparing node addresses
// (lib/fdpgen/layout.c, deriveGraph: `if (hd > tl) agedge(dg, tl, hd, ...)`, and the same for
// ports). An edge's direction decides in which order the spring forces on a node are summed, so
// a different heap layout gives different rounding, and after a few hundred iterations a
// different drawing. Which node lies lower in memory depends on what the process allocated and
// freed before (chunks freed by the first, cluster-level layout are reused by the next one; font
// lookups allocate more or less depending on timing), so one process in a few drew graph.svg
// differently under load once graph.svg had its legend cluster.
//
// The fix: while a LayoutArena is alive, every graph cgraph opens gets its own arena, one
// reserved address range handed out upwards, so nodes created later always lie higher: address
// order is creation order, the same in every process. Graphs opened outside the scope use malloc
// exactly as cgraph's default discipline does, even when freed inside it. Caller holds
// graphviz_mutex() for the whole scope.
#pragma once

namespace kronik::export_detail {

class LayoutArena {
 public:
  LayoutArena();   ///< graphs opened from now on get an arena each
  ~LayoutArena();  ///< graphs opened from now on use malloc again (open arenas live on until agclose)
  LayoutArena(const LayoutArena&) = delete;
  LayoutArena& operator=(const LayoutArena&) = delete;
};

}  // namespace kronik::export_detail
