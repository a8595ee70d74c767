# Every dependency is a Debian package (scripts/install-deps.sh installs them).
find_package(PkgConfig REQUIRED)
find_package(Boost 1.74 REQUIRED)                 # Boost.Graph is header-only
find_package(RapidJSON REQUIRED)
find_package(date REQUIRED)                       # Howard Hinnant's date (header part only)
find_package(ICU REQUIRED COMPONENTS uc i18n)
find_package(CLI11 REQUIRED)
find_package(TBB REQUIRED)
find_package(SQLite3 REQUIRED)                    # the store (src/store)
pkg_check_modules(GRAPHVIZ REQUIRED IMPORTED_TARGET libcgraph libgvc)
pkg_check_modules(GUMBO REQUIRED IMPORTED_TARGET gumbo)

find_path(STEMMER_INCLUDE_DIR libstemmer.h REQUIRED)
find_library(STEMMER_LIBRARY stemmer REQUIRED)
add_library(kronik_stemmer INTERFACE)
target_include_directories(kronik_stemmer SYSTEM INTERFACE ${STEMMER_INCLUDE_DIR})
target_link_libraries(kronik_stemmer INTERFACE ${STEMMER_LIBRARY})

# RapidJSON's config exports variables, not a target: wrap it.
add_library(kronik_rapidjson INTERFACE)
target_include_directories(kronik_rapidjson SYSTEM INTERFACE ${RAPIDJSON_INCLUDE_DIRS})
target_compile_definitions(kronik_rapidjson INTERFACE RAPIDJSON_HAS_STDSTRING=1)
