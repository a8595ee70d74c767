# Install rules: `cmake --install build --prefix P` gives
#   P/bin/kronik                         the command line
#   P/share/kronik/                      lexicons, gazetteers, models (the binary finds them
#                                        relative to itself: ../share/kronik)
#   P/include/kronik/...                 the public headers of every library
#   P/lib/libkronik_*.a                  the static libraries
#   P/lib/cmake/kronik/kronikConfig.cmake, kronikTargets.cmake, kronikConfigVersion.cmake
# so that a consumer does
#   find_package(kronik 0.1 REQUIRED)
#   target_link_libraries(app PRIVATE kronik::runner)     # or kronik::export, kronik::core, ...
# and reads the data folder from ${kronik_DATA_DIR}. Tested by tests/install/.
include(CMakePackageConfigHelpers)

set(KRONIK_CMAKE_DIR ${CMAKE_INSTALL_LIBDIR}/cmake/kronik)

install(DIRECTORY ${PROJECT_SOURCE_DIR}/data/ DESTINATION ${CMAKE_INSTALL_DATADIR}/kronik)

get_property(_kronik_libraries GLOBAL PROPERTY KRONIK_LIBRARIES)
get_property(_kronik_include_dirs GLOBAL PROPERTY KRONIK_INCLUDE_DIRS)
foreach(dir IN LISTS _kronik_include_dirs)
  install(DIRECTORY ${dir}/ DESTINATION ${CMAKE_INSTALL_INCLUDEDIR} FILES_MATCHING PATTERN "*.h")
endforeach()

# libstemmer has no CMake package: its wrapper target travels with ours (absolute paths of the
# system library, as found here).
set_target_properties(kronik_stemmer PROPERTIES EXPORT_NAME stemmer)
install(TARGETS ${_kronik_libraries} kronik_stemmer EXPORT kronikTargets
        ARCHIVE DESTINATION ${CMAKE_INSTALL_LIBDIR}
        INCLUDES DESTINATION ${CMAKE_INSTALL_INCLUDEDIR})
install(EXPORT kronikTargets NAMESPACE kronik:: DESTINATION ${KRONIK_CMAKE_DIR})

configure_package_config_file(${CMAKE_CURRENT_LIST_DIR}/kronikConfig.cmake.in
  ${PROJECT_BINARY_DIR}/kronikConfig.cmake
  INSTALL_DESTINATION ${KRONIK_CMAKE_DIR}
  PATH_VARS CMAKE_INSTALL_DATADIR CMAKE_INSTALL_INCLUDEDIR)
write_basic_package_version_file(${PROJECT_BINARY_DIR}/kronikConfigVersion.cmake
  COMPATIBILITY SameMinorVersion)
install(FILES ${PROJECT_BINARY_DIR}/kronikConfig.cmake ${PROJECT_BINARY_DIR}/kronikConfigVersion.cmake
        DESTINATION ${KRONIK_CMAKE_DIR})
