# SPDX-FileCopyrightText: 2026 GradeDesk contributors
# SPDX-License-Identifier: MIT

include(GradeDeskPch)

# Settings every GradeDesk target shares: strict QString conversions, warnings, log context.
function(gradedesk_apply_common_settings target)
    target_compile_definitions(${target} PRIVATE
        QT_NO_CAST_TO_ASCII
        QT_RESTRICTED_CAST_FROM_ASCII
        QT_NO_URL_CAST_FROM_STRING
        QT_NO_CAST_FROM_BYTEARRAY
        QT_USE_QSTRINGBUILDER
        QT_NO_FOREACH
        QT_MESSAGELOGCONTEXT
        QT_DISABLE_DEPRECATED_BEFORE=0x060400)
    target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Werror=switch)
    target_include_directories(${target} PUBLIC "${PROJECT_SOURCE_DIR}")
endfunction()

# gradedesk_add_test(NAME foo_test SOURCES ... LIBS ... [LAUNCHER ...] [LABELS ...] [ENVIRONMENT ...] [TIMEOUT s])
# One Qt Test executable per unit. Tests run in the C.UTF-8 locale with asserts forced on, and find
# the shared fixtures through GRADEDESK_FIXTURES_DIR (a missing folder makes those tests skip).
function(gradedesk_add_test)
    cmake_parse_arguments(ARG "" "NAME;TIMEOUT" "SOURCES;LIBS;LAUNCHER;LABELS;ENVIRONMENT" ${ARGN})
    add_executable(${ARG_NAME} ${ARG_SOURCES})
    gradedesk_apply_common_settings(${ARG_NAME})
    target_compile_definitions(${ARG_NAME} PRIVATE QT_FORCE_ASSERTS)
    target_link_libraries(${ARG_NAME} PRIVATE gradedesk_testsupport ${ARG_LIBS} Qt6::Test)
    add_test(NAME ${ARG_NAME} COMMAND ${ARG_LAUNCHER} $<TARGET_FILE:${ARG_NAME}>)
    set(env
        "LANG=C.UTF-8"
        "LC_ALL=C.UTF-8"
        "QT_QPA_PLATFORM=offscreen"
        "GRADEDESK_FIXTURES_DIR=${GRADEDESK_FIXTURES_DIR}"
        "GRADEDESK_SOURCE_DIR=${PROJECT_SOURCE_DIR}"
        "GRADEDESK_BINARY_DIR=${PROJECT_BINARY_DIR}"
        ${ARG_ENVIRONMENT})
    if(NOT ARG_TIMEOUT)
        set(ARG_TIMEOUT 300)
    endif()
    set_tests_properties(${ARG_NAME} PROPERTIES ENVIRONMENT "${env}" TIMEOUT ${ARG_TIMEOUT} LABELS "${ARG_LABELS}")
endfunction()
