# Writes the manual page from the built program's own help (inspectdesk --man), so the
# page and `inspectdesk help` never disagree. Run by installer/CMakeLists.txt:
#   cmake -DINSPECTDESK=<binary> -DOUT=<file> -P WriteManPage.cmake
execute_process(COMMAND ${INSPECTDESK} --man OUTPUT_FILE ${OUT}.tmp RESULT_VARIABLE result)
if(NOT result EQUAL 0)
    file(REMOVE ${OUT}.tmp)
    message(FATAL_ERROR "inspectdesk --man failed (${result})")
endif()
file(RENAME ${OUT}.tmp ${OUT})
