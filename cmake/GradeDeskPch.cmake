# SPDX-FileCopyrightText: 2026 GradeDesk contributors
# SPDX-License-Identifier: MIT

# Precompiled headers: most of a file's compile time here is parsing Qt's headers. Three levels
# (cmake/pch/core.h, gui.h, widgets.h) follow the layers. A PCH is only valid for files compiled
# with the same macros, so the libraries compile their own and the tests share one donor per level
# built with the tests' settings (QT_FORCE_ASSERTS); QTest itself stays out of it because
# Qt6::Test defines QT_TESTCASE_BUILDDIR per target. Off by default (ccache cannot cache files
# compiled with a PCH); the testing preset, which CI builds from scratch, turns it on.
option(GRADEDESK_USE_PCH "Use precompiled headers" OFF)

function(gradedesk_library_pch target level)
    if(GRADEDESK_USE_PCH)
        target_precompile_headers(${target} PRIVATE "${PROJECT_SOURCE_DIR}/cmake/pch/${level}.h")
    endif()
endfunction()

# The level of the highest GradeDesk layer `libs` reach (transitively), or "" below the services.
function(gradedesk_pch_level out)
    set(level "")
    set(seen "")
    set(queue ${ARGN})
    while(queue)
        list(POP_FRONT queue lib)
        if(lib IN_LIST seen OR NOT TARGET ${lib})
            continue()
        endif()
        list(APPEND seen ${lib})
        if(lib STREQUAL "gradedesk_ui" OR lib STREQUAL "Qt6::Widgets")
            set(${out} widgets PARENT_SCOPE)
            return()
        elseif(lib STREQUAL "gradedesk_models" OR lib STREQUAL "Qt6::Gui")
            set(level gui)
        elseif(lib STREQUAL "gradedesk_services" AND level STREQUAL "")
            set(level core)
        endif()
        get_target_property(deps ${lib} INTERFACE_LINK_LIBRARIES)
        if(deps)
            foreach(dep IN LISTS deps)
                string(REGEX REPLACE "^\\$<LINK_ONLY:(.*)>$" "\\1" dep "${dep}")
                list(APPEND queue ${dep})
            endforeach()
        endif()
    endwhile()
    set(${out} "${level}" PARENT_SCOPE)
endfunction()

# Uses the tests' donor PCH of the level `libs` need; called by gradedesk_add_test.
function(gradedesk_test_pch target)
    if(NOT GRADEDESK_USE_PCH)
        return()
    endif()
    gradedesk_pch_level(level ${ARGN})
    if(level STREQUAL "")
        return()
    endif()
    set(donor gradedesk_test_pch_${level})
    if(NOT TARGET ${donor})
        set(lib_core gradedesk_services)
        set(lib_gui gradedesk_models)
        set(lib_widgets gradedesk_ui)
        add_library(${donor} OBJECT "${PROJECT_SOURCE_DIR}/cmake/pch/donor.cpp")
        gradedesk_apply_common_settings(${donor})
        target_compile_definitions(${donor} PRIVATE QT_FORCE_ASSERTS)
        target_link_libraries(${donor} PRIVATE ${lib_${level}} Qt6::Test)
        target_precompile_headers(${donor} PRIVATE "${PROJECT_SOURCE_DIR}/cmake/pch/${level}.h")
    endif()
    target_precompile_headers(${target} REUSE_FROM ${donor})
endfunction()
