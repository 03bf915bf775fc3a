// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
// The one source of a precompiled-header donor target (GradeDeskPch.cmake); the PCH is its product.
