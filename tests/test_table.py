"""``vn_party_docs.rows``: one flat row per mention, losing nothing, with fixed columns."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

import vn_party_docs
from vn_party_docs import Extraction, extract, rows
from vn_party_docs.document import KINDS
from vn_party_docs.table import BASE_COLUMNS, columns

ROOT = Path(__file__).resolve().parents[1]
DEMO = sorted((ROOT / "examples" / "data").glob("*.txt"))
MIXED = (
    "Chiều 30-9-2021, Ban Tổ chức Trung ương tổ chức Hội nghị trực tuyến giao ban công tác "
    "quý III, triển khai nhiệm vụ quý IV năm 2021. Đồng chí Trương Thị Mai, Ủy viên Bộ Chính "
    "trị, Trưởng Ban Tổ chức Trung ương chủ trì. Hội nghị quán triệt Quy định số 37-QĐ/TW "
    "ngày 25-10-2021 của Bộ Chính trị."
)


def _unflatten(row: dict[str, Any]) -> dict[str, Any]:
    """Rebuild a mention dict from a row (list columns are JSON text)."""
    value: dict[str, Any] = {}
    for name, cell in row.items():
        if not name.startswith("value."):
            continue
        *parents, leaf = name.split(".")[1:]
        node = value
        for part in parents:
            node = node.setdefault(part, {})
        node[leaf] = cell
    return {"value": value, "span": {"start": row["start"], "end": row["end"]}, "text": row["text"]}


def _texts() -> list[str]:
    return [MIXED] + [path.read_text(encoding="utf-8") for path in DEMO]


def test_every_kind_appears_in_the_fixture() -> None:
    kinds = {row["kind"] for text in _texts() for row in rows(extract(text))}
    assert kinds == set(KINDS)


@pytest.mark.parametrize("index", range(1 + len(DEMO)))
def test_rows_lose_nothing(index: int) -> None:
    text = _texts()[index]
    extraction = extract(text)
    table = rows(extraction)
    mentions = [(kind, m) for kind in KINDS for m in getattr(extraction, kind)]
    assert len(table) == len(mentions)
    for row, (kind, mention) in zip(table, mentions, strict=True):
        assert row["kind"] == kind
        assert row["canonical"] == str(mention.value)
        assert text[row["start"] : row["end"]] == row["text"]
        rebuilt = _unflatten(row)
        for name, cell in list(_walk(rebuilt["value"])):
            if isinstance(cell, str) and cell.startswith("["):
                _set(rebuilt["value"], name, json.loads(cell))
        assert rebuilt == mention.to_dict()


def _walk(node: dict[str, Any], prefix: tuple[str, ...] = ()) -> list[tuple[tuple[str, ...], Any]]:
    out: list[tuple[tuple[str, ...], Any]] = []
    for key, value in node.items():
        if isinstance(value, dict):
            out.extend(_walk(value, (*prefix, key)))
        else:
            out.append(((*prefix, key), value))
    return out


def _set(node: dict[str, Any], path: tuple[str, ...], value: Any) -> None:
    for part in path[:-1]:
        node = node[part]
    node[path[-1]] = value


def test_rows_have_the_columns_of_their_kind_in_order() -> None:
    for text in _texts():
        for row in rows(extract(text), file="a.txt"):
            own = columns([row["kind"]])
            assert list(row) == own, row["kind"]


def test_columns() -> None:
    assert columns(file=False)[:5] == list(BASE_COLUMNS[1:])
    every = columns()
    assert len(every) == len(set(every))
    assert {"value.code", "value.issued", "value.titles", "value.chairs", "value.day_part"} <= set(
        every
    )
    assert every.index("value.code") < every.index("value.issued")  # periods before citations
    with pytest.raises(ValueError, match="unknown kinds"):
        columns(["people"])


def test_file_column_only_when_given() -> None:
    extraction = extract("Kế hoạch quý II/2024.")
    [without] = rows(extraction)
    [with_file] = rows(extraction, file="x.txt")
    assert "file" not in without
    assert with_file == {"file": "x.txt", **without}


def test_list_fields_are_json_text() -> None:
    [meeting] = rows(extract(MIXED, kinds=("meetings",)))
    assert json.loads(meeting["value.organizers"]) == ["Ban Tổ chức Trung ương"]
    assert [p["code"] for p in json.loads(meeting["value.reviewed"])] == ["2021-Q3"]
    assert [p["code"] for p in json.loads(meeting["value.planned"])] == ["2021-Q4"]
    assert meeting["value.date"] == "2021-09-30" and meeting["value.day_part"] == "AFTERNOON"
    assert meeting["value.online"] is True


def test_cells_are_json_scalars() -> None:
    for text in _texts():
        for row in rows(extract(text)):
            for cell in row.values():
                assert cell is None or isinstance(cell, (str, int, bool)), row


def test_empty_extraction() -> None:
    assert rows(Extraction()) == []
    assert rows(Extraction(), file="a.txt") == []


def test_exported() -> None:
    assert vn_party_docs.rows is rows and "rows" in vn_party_docs.__all__


def test_pandas_dataframe() -> None:
    pandas = pytest.importorskip("pandas")
    frame = pandas.DataFrame(rows(extract(MIXED), file="a.txt"))
    assert list(frame["kind"].unique()) == list(KINDS)
    assert frame.loc[frame["kind"] == "citations", "value.number"].tolist() == [37]
