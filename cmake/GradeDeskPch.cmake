# SPDX-FileCopyrightText: 2026 GradeDesk contributors
# SPDX-License-Identifier: MIT

# Precompiled headers: most of a file's compile time here is parsing Qt's headers. One header per
# layer library (cmake/pch/core.h, gui.h, widgets.h) and one per test folder and link set
# (cmake/pch/test.h). Off by default (ccache cannot cache files compiled with a PCH); the testing
# preset, which CI builds from scratch, turns it on.
option(GRADEDESK_USE_PCH "Use precompiled headers" OFF)

function(gradedesk_library_pch target level)
    if(GRADEDESK_USE_PCH)
        target_precompile_headers(${target} PRIVATE "${PROJECT_SOURCE_DIR}/cmake/pch/${level}.h")
    endif()
endfunction()

# Tests share a PCH only within one folder and one set of linked libraries: Qt6::Test defines
# QT_TESTCASE_SOURCEDIR/BUILDDIR per folder, and QT_GUI_LIB/QT_WIDGETS_LIB change what <QTest> pulls
# in, so GCC refuses (and silently skips) a PCH built with other definitions. The first test of each
# (folder, libraries) pair builds it; the others reuse it.
function(gradedesk_test_pch target libs)
    if(NOT GRADEDESK_USE_PCH)
        return()
    endif()
    list(SORT libs)
    string(MAKE_C_IDENTIFIER "${CMAKE_CURRENT_SOURCE_DIR}/${libs}" key)
    # Which layer's header test.h adds; every test of the group needs the same definition.
    if("gradedesk_ui" IN_LIST libs)
        target_compile_definitions(${target} PRIVATE GRADEDESK_PCH_UI)
    elseif("gradedesk_models" IN_LIST libs)
        target_compile_definitions(${target} PRIVATE GRADEDESK_PCH_MODELS)
    elseif("gradedesk_services" IN_LIST libs)
        target_compile_definitions(${target} PRIVATE GRADEDESK_PCH_SERVICES)
    endif()
    get_property(owner GLOBAL PROPERTY "GRADEDESK_TEST_PCH_${key}")
    if(owner)
        target_precompile_headers(${target} REUSE_FROM ${owner})
        return()
    endif()
    target_precompile_headers(${target} PRIVATE "${PROJECT_SOURCE_DIR}/cmake/pch/test.h")
    set_property(GLOBAL PROPERTY "GRADEDESK_TEST_PCH_${key}" ${target})
endfunction()
