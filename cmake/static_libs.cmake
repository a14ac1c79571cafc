# With FOLIO_STATIC_LIBS (the default), the libraries that only folio's own code calls are linked
# from Debian's static archives instead of loaded at start-up: ICU (with its data), yaml-cpp,
# cmark-gfm and libhyphen. A process then maps 30 shared libraries instead of 35 and resolves
# fewer symbols: about 0.4 ms of each render of the May issue (bench/README.md), for a program
# 33 MB larger (ICU's data, paged in only where read). Libraries that other shared libraries
# load anyway (FreeType, Fontconfig, libpng, zlib) stay shared: two copies of one would not
# share state. Included from CMakeLists.txt once the packages are found.
option(FOLIO_STATIC_LIBS "Link ICU, yaml-cpp, cmark-gfm and libhyphen statically (faster start-up)" ON)
if(NOT FOLIO_STATIC_LIBS)
  return()
endif()

# Makes imported target `target` the archive `archive`, plus `ARGN` after it on the link line.
function(folio_use_archive target archive)
  find_library(path NAMES ${archive} NO_CACHE)
  if(NOT path)
    message(FATAL_ERROR "FOLIO_STATIC_LIBS: no ${archive} (install its -dev package, or -DFOLIO_STATIC_LIBS=OFF)")
  endif()
  set_target_properties(${target} PROPERTIES IMPORTED_CONFIGURATIONS "" IMPORTED_LOCATION "${path}"
                        IMPORTED_LOCATION_RELEASE "${path}" IMPORTED_LOCATION_DEBUG "${path}")
  set_property(TARGET ${target} PROPERTY INTERFACE_LINK_LIBRARIES ${ARGN})
endfunction()

add_library(folio_icu_data UNKNOWN IMPORTED)
folio_use_archive(folio_icu_data libicudata.a)
folio_use_archive(ICU::uc libicuuc.a folio_icu_data ${CMAKE_DL_LIBS} Threads::Threads)
folio_use_archive(ICU::i18n libicui18n.a ICU::uc)
folio_use_archive(hyphen::hyphen libhyphen.a)

# yaml-cpp's package declares a shared library; its one location becomes the archive.
find_library(yaml_archive NAMES libyaml-cpp.a NO_CACHE REQUIRED)
set_target_properties(yaml-cpp PROPERTIES IMPORTED_LOCATION_NONE "${yaml_archive}" IMPORTED_LOCATION "${yaml_archive}")

# pkg-config's target lists cmark-gfm's libraries by path: the archives, extensions first.
find_library(cmark_extensions NAMES libcmark-gfm-extensions.a NO_CACHE REQUIRED)
find_library(cmark_core NAMES libcmark-gfm.a NO_CACHE REQUIRED)
set_property(TARGET PkgConfig::CMARK PROPERTY INTERFACE_LINK_LIBRARIES "${cmark_extensions};${cmark_core}")
