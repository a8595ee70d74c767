# Internal flags target: warnings, -Werror and sanitizers are opt-in properties of kronik's own
# targets, never global flags.
add_library(kronik_flags INTERFACE)
target_compile_options(kronik_flags INTERFACE
  -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wcast-align -Wunused
  -Woverloaded-virtual -Wimplicit-fallthrough)
# (-Wnull-dereference is left out: with GCC 12 at -O2 it fires inside libstdc++ string code.)
if(CMAKE_POSITION_INDEPENDENT_CODE)
  target_compile_options(kronik_flags INTERFACE -fno-semantic-interposition)
endif()
if(KRONIK_WERROR)
  target_compile_options(kronik_flags INTERFACE -Werror)
endif()
if(KRONIK_FUZZ AND NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
  message(FATAL_ERROR "KRONIK_FUZZ needs clang's libFuzzer: configure with CC=clang CXX=clang++")
endif()
# Fuzzers always run under ASan+UBSan: KRONIK_FUZZ implies KRONIK_SANITIZE.
if(KRONIK_SANITIZE OR KRONIK_FUZZ)
  target_compile_options(kronik_flags INTERFACE -fsanitize=address,undefined -fno-omit-frame-pointer
                                                -fno-sanitize-recover=undefined)
  target_link_options(kronik_flags INTERFACE -fsanitize=address,undefined)
  if(CMAKE_CXX_COMPILER_ID MATCHES "Clang")
    # RapidJSON 1.1.0's internal::Stack computes `nullptr + n` before its first allocation
    # (Stack::Reserve), which clang's -fsanitize=pointer-overflow reports on every document
    # parsed or written. It is third-party and benign (the pointer is only compared), so its
    # Stack functions alone are left uninstrumented; see cmake/sanitize-ignorelist.txt.
    # (GCC's UBSan does not report it.)
    target_compile_options(kronik_flags INTERFACE
      -fsanitize-ignorelist=${CMAKE_CURRENT_LIST_DIR}/sanitize-ignorelist.txt)
  endif()
endif()
# Coverage instrumentation for libFuzzer in every kronik library, so the fuzzers see inside
# them; the fuzz_* executables add -fsanitize=fuzzer at link time (fuzz/CMakeLists.txt).
if(KRONIK_FUZZ)
  target_compile_options(kronik_flags INTERFACE -fsanitize=fuzzer-no-link)
  target_link_options(kronik_flags INTERFACE -fsanitize=fuzzer-no-link)
endif()

# kronik_add_library(NAME SOURCES ... DEPS ... PRIVATE_DEPS ...)
# One library per module, public headers under include/, one-way dependencies.
# Each library is installed (KronikInstall.cmake) as kronik::<name without "kronik_">
# (kronik_runner -> kronik::runner), its include/ folder merged into the installed include/.
# kronik_flags (warnings, sanitizers) and the header-only RapidJSON wrapper are build-tree
# only: an installed static library must not hand our warning flags to its users.
function(kronik_add_library name)
  cmake_parse_arguments(ARG "" "" "SOURCES;DEPS;PRIVATE_DEPS" ${ARGN})
  add_library(${name} STATIC ${ARG_SOURCES})
  target_include_directories(${name} PUBLIC $<BUILD_INTERFACE:${CMAKE_CURRENT_SOURCE_DIR}/include>
                                            $<INSTALL_INTERFACE:${CMAKE_INSTALL_INCLUDEDIR}>)
  set(private_deps)
  foreach(dep IN LISTS ARG_PRIVATE_DEPS)
    if(dep STREQUAL "kronik_rapidjson")
      list(APPEND private_deps $<BUILD_INTERFACE:${dep}>)
    else()
      list(APPEND private_deps ${dep})
    endif()
  endforeach()
  target_link_libraries(${name} PUBLIC ${ARG_DEPS} PRIVATE $<BUILD_INTERFACE:kronik_flags> ${private_deps})
  string(REGEX REPLACE "^kronik_" "" export_name ${name})
  set_target_properties(${name} PROPERTIES EXPORT_NAME ${export_name})
  set_property(GLOBAL APPEND PROPERTY KRONIK_LIBRARIES ${name})
  set_property(GLOBAL APPEND PROPERTY KRONIK_INCLUDE_DIRS ${CMAKE_CURRENT_SOURCE_DIR}/include)
endfunction()

# kronik_add_test(NAME SOURCES ... LIBS ... LABELS ... [ENV ...])
# Every Catch2 test executable goes through here: it links the shared Catch2 main, gets the
# paths it needs as environment variables and is registered with ctest under its labels.
function(kronik_add_test name)
  cmake_parse_arguments(ARG "" "TIMEOUT" "SOURCES;LIBS;LABELS;ENV" ${ARGN})
  add_executable(${name} ${ARG_SOURCES})
  target_link_libraries(${name} PRIVATE kronik_test_main ${ARG_LIBS} kronik_flags)
  add_test(NAME ${name} COMMAND ${name})
  if(NOT ARG_TIMEOUT)
    set(ARG_TIMEOUT 300)
  endif()
  set_tests_properties(${name} PROPERTIES LABELS "${ARG_LABELS}" TIMEOUT ${ARG_TIMEOUT}
    ENVIRONMENT "KRONIK_DATA_DIR=${PROJECT_SOURCE_DIR}/data;KRONIK_SOURCE_DIR=${PROJECT_SOURCE_DIR};KRONIK_SHARED_DIR=${KRONIK_SHARED_DIR};KRONIK_TEST_DATA=${PROJECT_SOURCE_DIR}/tests/data;${ARG_ENV}")
endfunction()

# kronik_add_script_test(NAME COMMAND ... LABELS ...): shell-level tests (CLI, README commands).
function(kronik_add_script_test name)
  cmake_parse_arguments(ARG "" "TIMEOUT" "COMMAND;LABELS;ENV" ${ARGN})
  add_test(NAME ${name} COMMAND ${ARG_COMMAND})
  if(NOT ARG_TIMEOUT)
    set(ARG_TIMEOUT 300)
  endif()
  set_tests_properties(${name} PROPERTIES LABELS "${ARG_LABELS}" TIMEOUT ${ARG_TIMEOUT}
    ENVIRONMENT "KRONIK=$<TARGET_FILE:kronik>;KRONIK_DATA_DIR=${PROJECT_SOURCE_DIR}/data;KRONIK_SOURCE_DIR=${PROJECT_SOURCE_DIR};KRONIK_SHARED_DIR=${KRONIK_SHARED_DIR};KRONIK_TEST_DATA=${PROJECT_SOURCE_DIR}/tests/data;${ARG_ENV}")
endfunction()
