#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 GradeDesk contributors
# SPDX-License-Identifier: MIT
"""The schema oracle of specs/kubernetes.md §5: Debian's python3-jsonschema Draft4Validator on the
1.36 swagger with its two patches (IntOrString = string or integer; additionalProperties: false on
every definition with properties).

Usage: jsonschema_oracle.py SWAGGER_JSON CASES_JSON
CASES_JSON is a list of {"definition": "io.k8s.api.batch.v1.Job", "body": {...}}. Prints one JSON
list per case of sorted "path|kind" strings, kind = type | required | unknown | <other keyword>,
path dotted with [i] for list indexes (map keys are dotted too). Exit 3 when jsonschema is missing.
"""
import ast
import json
import re
import sys

try:
    from jsonschema import Draft4Validator
except ImportError:
    sys.exit(3)


def join(path, name):
    return f"{path}.{name}" if path else name


def render(parts):
    path = ""
    for part in parts:
        path = f"{path}[{part}]" if isinstance(part, int) else join(path, part)
    return path


def verdicts(validator, body):
    found = []
    for error in validator.iter_errors(body):
        path = render(error.absolute_path)
        if error.validator == "additionalProperties":
            known = error.schema.get("properties", {})
            found += [join(path, k) + "|unknown" for k in error.instance if k not in known]
        elif error.validator == "required":
            match = re.match(r"^(.*) is a required property$", error.message)
            found.append(join(path, ast.literal_eval(match.group(1))) + "|required")
        elif error.validator in ("type", "oneOf"):
            found.append(path + "|type")
        else:
            found.append(path + "|" + str(error.validator))
    return sorted(found)


def main():
    with open(sys.argv[1], encoding="utf-8") as f:
        definitions = json.load(f)["definitions"]
    definitions["io.k8s.apimachinery.pkg.util.intstr.IntOrString"] = {"oneOf": [{"type": "string"}, {"type": "integer"}]}
    for definition in definitions.values():
        if "properties" in definition:
            definition["additionalProperties"] = False
    with open(sys.argv[2], encoding="utf-8") as f:
        cases = json.load(f)
    results = []
    for case in cases:
        schema = {"$ref": "#/definitions/" + case["definition"], "definitions": definitions}
        results.append(verdicts(Draft4Validator(schema), case["body"]))
    print(json.dumps(results))


if __name__ == "__main__":
    main()
