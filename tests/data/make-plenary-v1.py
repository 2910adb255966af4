#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Writes tests/data/plenary-v1.sqlite: a database as Plenary's schema version 1 left it
(before the search index), with a few rows, for the upgrade test. Run once; the file is kept."""
import pathlib
import re
import sqlite3

here = pathlib.Path(__file__).resolve().parent
schema = (here.parent.parent / "models" / "schema.cpp").read_text()
core = schema[schema.index("Status createCore"):schema.index("Status addSearch")]
statements = re.findall(r'R"\((.*?)\)"|"((?:CREATE|ALTER)[^"]*)"', core, re.S)

target = here / "plenary-v1.sqlite"
target.unlink(missing_ok=True)
db = sqlite3.connect(target)
for raw, plain in statements:
    db.execute(raw or plain)
now = "2026-11-01T10:00:00Z"
db.execute("INSERT INTO event VALUES (1, 'Old forum', 'Hall', 'Baku', 'Asia/Baku', '2027-05-18', '2027-05-20', 'en,ru')")
db.execute("INSERT INTO delegation (kind, country_code, name, created_at, updated_at) VALUES "
           "('member_state', 'RU', 'Russia', ?, ?), ('member_state', 'DE', 'Germany', ?, ?)", (now,) * 4)
db.execute("INSERT INTO participant (delegation_id, given_names, family_name, native_name, role, created_at, updated_at) "
           "VALUES (1, 'Ivan', 'Ivanov', 'Иван Иванов', 'head_of_delegation', ?, ?), "
           "(2, 'Hans', 'Müller', '', 'head_of_delegation', ?, ?), "
           "(2, 'Eva', 'Schröder', '', 'delegate', ?, ?)", (now,) * 6)
db.execute("PRAGMA user_version = 1")
db.commit()
db.close()
