"""The words of the page ``policykg serve`` shows: Chinese by default, English with ``?lang=en``.

The page (``serve_page.html``) names each text as ``{{key}}``; :func:`render_page` puts in the
text of the language, HTML-escaped, and the texts its script shows (messages, the titles of the
named queries) as a JSON block the script reads: data, never run, with ``<`` escaped so that no
text can close the block.

>>> "运行查询" in render_page("<button>{{run}}</button>", "zh", "kg") and "Run" in render_page("{{run}}", "en", "kg")
True
>>> render_page("{{i18n}}", "en", "kg").count("<")
0
"""

from __future__ import annotations

import html
import json
import re

LANGUAGES = ("zh", "en")

# each text: (Chinese, English)
PAGE_TEXT = {
    "html_lang": ("zh-CN", "en"),
    "title": ("PolicyKG SPARQL 查询", "PolicyKG SPARQL endpoint"),
    "heading": ("PolicyKG 规划知识图谱查询", "PolicyKG SPARQL endpoint"),
    "store_label": ("数据库", "Store"),
    "read_only": ("只读", "read-only"),
    "protocol": ("SPARQL 1.1 查询接口", "SPARQL 1.1 Protocol at"),
    "protocol_note": ("（GET 或 POST；按 Accept 返回 JSON、XML、CSV 或 TSV）", "(GET or POST; JSON, XML, CSV, TSV by Accept)"),
    "views": ("图表：", "Views:"),
    "view_departments": ("部门协作网络", "departments"),
    "view_plans": ("规划层级", "plans"),
    "view_trace": ("任务追踪", "trace"),
    "view_department": ("部门视图", "department"),
    "department_hint": ("部门名称或简称，如 市人社局", "agency name or abbreviation, e.g. 市人社局"),
    "exports": ("导出：", "Exports:"),
    "other_language": ("English", "中文"),
    "other_language_href": ("/?lang=en", "/"),
    "named": ("预设查询", "Named query"),
    "own_query": ("— 自行编写查询 —", "— write your own —"),
    "query_text": ("SPARQL 查询语句", "SPARQL query"),
    "run": ("运行查询", "Run"),
    "download_csv": ("下载 CSV", "Download CSV"),
    "download_xlsx": ("下载 Excel（xlsx）", "Download Excel (xlsx)"),
    "sort_hint": ("点击列名可排序（再次点击反向排序）", "Click a column name to sort (again to reverse)"),
}

SCRIPT_TEXT = {
    "running": ("正在查询…", "running…"),
    "rows": ("共 {n} 行，用时 {ms} 毫秒", "{n} rows, {ms} ms"),
    "answer": ("结果：{value}", "answer: {value}"),
    "error": ("出错（{status}）：{message}", "error ({status}): {message}"),
    "syntax": ("SPARQL 语法错误：第 {line} 行，第 {column} 列：{reason}", "SPARQL syntax error at line {line}, column {column}: {reason}"),
    "end_of_query": ("查询语句不完整", "unexpected end of query"),
    "unexpected": ("此处不能出现 {token}", "unexpected {token}"),
    "downloading": ("正在生成文件…", "writing the file…"),
    "downloaded": ("已下载 {file}", "downloaded {file}"),
    "ascending": ("升序", "ascending"),
    "descending": ("降序", "descending"),
}

# the named queries' titles in Chinese (in English, each query's own # title:)
QUERY_TITLES_ZH = {
    "co-ownership-pairs": "共同承担任务的部门", "commitment-trace": "任务追踪（跨层级）",
    "department-counterparts": "上下级对口部门", "department-tasks": "部门任务清单",
    "department-workload": "部门任务量", "departments-per-plan": "各规划涉及部门数",
    "plan-changes": "两个规划（或版本）之间的变化", "plan-hierarchy": "规划层级",
    "plan-parents": "规划层级（含级别）", "tasks-per-box": "各专栏任务数",
    "tasks-with-many-owners": "多部门承担的任务", "tasks-without-explicit-owner": "未明确牵头单位的任务",
    "unaligned-tasks": "下级规划新增或删除的任务",
}


def language(requested: str | None) -> str:
    return requested if requested in LANGUAGES else "zh"


def render_page(page: str, lang: str, store: str) -> str:
    """``page`` in ``lang`` (see the module docstring); ``store``: the store's path, for ``{{store}}``."""
    n = LANGUAGES.index(language(lang))
    words = {k: html.escape(v[n]) for k, v in PAGE_TEXT.items()}
    script = {k: v[n] for k, v in SCRIPT_TEXT.items()} | {"titles": QUERY_TITLES_ZH if n == 0 else {}}
    words["i18n"] = json.dumps(script, ensure_ascii=False).replace("<", "\\u003c").replace("&", "\\u0026")
    words["store"] = html.escape(store)
    return re.sub(r"\{\{(\w+)\}\}", lambda m: words[m.group(1)], page)
