#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 GradeDesk contributors
# SPDX-License-Identifier: MIT
"""Writes the `definitions` of a Kubernetes swagger.json without documentation strings.

The validator needs types, not prose: dropping every string-valued "description" turns the 4 MB
file into about 0.3 MB, which Qt parses in tens of milliseconds instead of hundreds.
Usage: kubeschema_compact.py SWAGGER_JSON OUTPUT_JSON
"""
import json
import os
import sys


def strip(node):
    if isinstance(node, dict):
        return {k: strip(v) for k, v in node.items() if not (k == "description" and isinstance(v, str))}
    if isinstance(node, list):
        return [strip(v) for v in node]
    return node


def main():
    source, target = sys.argv[1], sys.argv[2]
    with open(source, encoding="utf-8") as f:
        definitions = json.load(f)["definitions"]
    tmp = target + ".tmp"
    with open(tmp, "w", encoding="utf-8") as f:
        json.dump({"definitions": strip(definitions)}, f, separators=(",", ":"), sort_keys=True)
    os.replace(tmp, target)


if __name__ == "__main__":
    main()
