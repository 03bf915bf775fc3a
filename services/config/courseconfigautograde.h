// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "configyamlreader.h"

// The autograde settings of course.yaml (config internal): the `autograde:` section and an
// assignment's `dataset:`. Same contract as the other section readers: false once an error is
// recorded in the reader.

namespace GradeDesk::Services::CourseConfigAutograde {

bool readSection(ConfigYamlReader &reader, ConfigYamlReader::Map &root, const QString &baseDir,
                 AutogradeConfig &autograde);
bool readDataset(ConfigYamlReader &reader, ConfigYamlReader::Map &assignment, DatasetConfig &dataset);

} // namespace GradeDesk::Services::CourseConfigAutograde
