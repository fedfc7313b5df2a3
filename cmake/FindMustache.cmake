# Kevin Wojniak's header-only mustache (Debian: libkainjow-mustache-dev), the
# template engine of the HTML report. Defines Mustache::Mustache.
find_path(Mustache_INCLUDE_DIR NAMES kainjow/mustache.hpp)

include(FindPackageHandleStandardArgs)
find_package_handle_standard_args(Mustache REQUIRED_VARS Mustache_INCLUDE_DIR)

if(Mustache_FOUND AND NOT TARGET Mustache::Mustache)
  add_library(Mustache::Mustache INTERFACE IMPORTED)
  set_target_properties(Mustache::Mustache PROPERTIES
                        INTERFACE_INCLUDE_DIRECTORIES "${Mustache_INCLUDE_DIR}")
endif()
mark_as_advanced(Mustache_INCLUDE_DIR)
