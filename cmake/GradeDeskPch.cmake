# SPDX-FileCopyrightText: 2026 GradeDesk contributors
# SPDX-License-Identifier: MIT

# Precompiled headers for the three layer libraries: most of a file's compile time here is parsing
# Qt's headers. One header per layer (cmake/pch/core.h, gui.h, widgets.h). The tests do not share
# one: Qt6::Test defines QT_TESTCASE_BUILDDIR per folder, which makes GCC refuse a PCH built in
# another. Off by default (ccache cannot cache files compiled with a PCH); the testing preset, which
# CI builds from scratch, turns it on.
option(GRADEDESK_USE_PCH "Use precompiled headers" OFF)

function(gradedesk_library_pch target level)
    if(GRADEDESK_USE_PCH)
        target_precompile_headers(${target} PRIVATE "${PROJECT_SOURCE_DIR}/cmake/pch/${level}.h")
    endif()
endfunction()
