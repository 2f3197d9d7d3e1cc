"""Tasks whose owners a sentence names instead of a bracket or a label: 由X牵头，会同Y… inside a
numbered item, numbered items run into one paragraph each closed by such a sentence, and a
report's task quoted after its owners (X负责的“…”). A part of :class:`.body.BodyTasks`.
"""

from __future__ import annotations

import re

from . import lines as L
from .labels import all_sentence_owners, quoted_tasks, sentence_owners
from .names import owner_kind
from .records import Task
from .responsibility import parse_owner_list


# 整改措施：1）由X负责……；（2）由包片单位Y负责……: measures each with its own unit
_SUB_MEASURE = re.compile(r"(?:^|(?<=[：:；;。\s]))[（(]?\d{1,2}[)）]\s*(?P<measure>由(?:包片单位|责任单位)?(?P<who>[^，。；：、（）\s]{2,30}?)"
                          r"(?P<role>负责|牵头)[^；;。]*)")
_CLOSING_VERB = re.compile(r"[，。]?(?:协同|共同|联合|组织)?(?:推进|实施|落实|负责)?")
_DUTY = re.compile(r"(?P<who>[^：，。（）\s]{2,40})(?:：|。(?=负责))\s*")  # 市卫生局：; 市委办公室、市政府办公室：; 市公安局。负责……
_TOGETHER = re.compile(r"会同(?P<co>[^，。；：]{2,40}?)(?:等?(?:有关|相关)?(?:部门|单位)|(?=做好|开展|负责|推进|落实|抓好))")


class SentenceTasks:
    """Methods of :class:`.body.BodyTasks` for owners named in sentences."""

    def _quoted(self, line: L.Line) -> bool:
        """如县发改局负责的“严格落实……。”: a report names the task it quotes after its owners."""
        text = self.ctx.norm.text
        found = quoted_tasks(text, line.start, line.end)
        for owners, (a, b) in found:
            self._task_at(a, b, owners)
        return bool(found)

    def _task_at(self, a: int, b: int, owners) -> None:
        """A task titled by text[a:b] itself (a quoted task, a numbered measure), with its owners."""
        task = Task("", "", self.ctx.title_text(a, b), self.ctx.span(a, b), section=self.ctx.section())
        self.ctx.attach(task, self.ctx.norm.text, owners)
        self.tasks.append(task)

    def _run_in_sentences(self, line: L.Line) -> bool:
        """5.城镇体系规划。……由市城规局与11个县区政府牵头，有关部门参与。 6.……由…负责。: numbered items
        run into one paragraph, each naming its owners in its own sentence (only when most such
        sentences close a numbered item: one paragraph's 由X负责 alone is prose)."""
        text = self.ctx.norm.text
        found = all_sentence_owners(text, line.start, line.end)
        seg, starts = line.start, []
        for _, (o, c) in found:
            starts.append(seg)
            seg = c
        numbered = sum(self._inner_title(a, o) is not None for a, (_, (o, _)) in zip(starts, found))
        if len(found) < 2 or 2 * numbered <= len(found):
            return False
        for a, (owners, (o, c)) in zip(starts, found):
            self._segment_task(a, o, owners, None)
        return True

    def _inline(self, line: L.Line) -> None:
        """由X会同Y…负责 inside a numbered paragraph that has no owner bracket; or the paragraph of
        a list of duties that opens with its department (15、市卫生局：负责……，会同财政、环保等有关部门……)."""
        text, c = self.ctx.norm.text, self.candidate
        found = sentence_owners(text, line.start, line.end)
        if found is not None:  # (the clause, like a bracket, is no part of the title)
            self._task_from_candidate(*found)
            return
        if c is not None:
            self._duty(line, c.start)

    def _duty(self, line: L.Line, start: int) -> bool:
        """市卫生局：负责……，会同财政、环保等有关部门……: a duty that opens with its department (a
        numbered item's text, or a paragraph of a list of duties by department)."""
        text = self.ctx.norm.text
        duty = _DUTY.match(text, start, line.end)
        names = duty.group("who").split("、") if duty else []
        owners = parse_owner_list(text, *duty.span("who")) if names and all(owner_kind(n) == "department" for n in names) else None
        if not (owners and owners.units) or L.trim_end(text, duty.end(), line.end) - duty.end() < 6:
            return False
        together = _TOGETHER.search(text, duty.end(), line.end)
        co = parse_owner_list(text, *together.span("co"), default_role="co") if together else None
        owners.units += co.units if co else []
        if self.candidate is None or self.candidate.line is not line:
            self._open_candidate(duty.end(), line)
        self.candidate.start = duty.end()
        self._task_from_candidate(owners)
        return True

    def _sub_measures(self, line: L.Line) -> bool:
        """整改措施：1）由X负责规范……；（2）由Y负责督促……: under a reported problem, each numbered
        measure names its own unit; each is a task, titled by the measure (at least two of them)."""
        text = self.ctx.norm.text
        found = []
        for m in _SUB_MEASURE.finditer(text, line.start, line.end):
            owners = parse_owner_list(text, m.start("who"), m.end("role"))
            if owners and owners.units:  # (由…负责 is the evidence: 市容环境整治联合执法组 is read unknown)
                found.append((m.span("measure"), owners))
        if len(found) < 2:
            return False
        for (a, b), owners in found:
            self._task_at(a, L.trim_end(text, a, b), owners)
        self.candidate.done = True
        return True

    def _closing_sentence(self, line: L.Line) -> bool:
        """……提高行政执法效率和水平。此项工作由市法制办牵头，市编办参加。: the sentence that closes
        the open item's paragraph names its owners (only at the paragraph's end)."""
        text = self.ctx.norm.text
        found = sentence_owners(text, line.start, line.end)
        rest = text[found[1][1] : L.trim_end(text, line.start, line.end)] if found else ""
        if found is None or not _CLOSING_VERB.fullmatch(rest):  # ……会同Y、Z协同推进。
            return False
        self.candidate.lines.append(line)
        self._task_from_candidate(*found)
        return True
