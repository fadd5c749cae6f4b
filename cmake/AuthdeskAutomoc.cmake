# AUTOMOC with Ninja re-runs only when a header it already knows changes, so a header newly
# found by a source glob would get no moc until a clean build. When the globbed list differs
# from the one seen at the last configure, the autogen stamp is removed, which makes the
# autogen step run again on this build.
function(authdesk_rescan_moc_when_sources_change target sources)
  set(list_file "${CMAKE_CURRENT_BINARY_DIR}/${target}_sources.txt")
  string(REPLACE ";" "\n" new_list "${sources}")
  set(old_list "")
  if(EXISTS "${list_file}")
    file(READ "${list_file}" old_list)
  endif()
  if(NOT old_list STREQUAL new_list)
    file(WRITE "${list_file}" "${new_list}")
    file(REMOVE "${CMAKE_CURRENT_BINARY_DIR}/${target}_autogen/timestamp")
  endif()
endfunction()
