"""Items under a heading that names their owners: （三）省编办牵头的工作, or a list by department
whose headings are the departments' names (五、省发改委). A part of :class:`.body.BodyTasks`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from . import lines as L
from .responsibility import OwnerList, parse_owner_list

_DEPARTMENT = re.compile(r"^(省|市|县|区|州|盟|旗)[\u4e00-\u9fa5]{1,10}(厅|局|委|办|部)$")
_GROUP_OWNER = re.compile(r"(?P<who>[^，。；：]{2,60}?)(?:牵头|负责|主办)的?(?:重点)?(?:工作|任务|事项)(?:任务)?(?:（\d{1,3}项）)?$")


@dataclass
class OwnerGroup:
    """Items under a heading that names their owners (（一）省监察厅牵头的工作)."""

    owners: OwnerList
    depth: int
    items: list = field(default_factory=list)  # the body's open items under the heading
    numbered_only: bool = False  # a line that is only a department's name (市卫生局) heads numbered items only


class OwnerHeadings:
    """Methods of :class:`.body.BodyTasks` for headings that name the owners of their items."""

    def _group_heading(self, line: L.Line, number, heading: bool) -> bool:
        """Open or close a group whose heading names its lead (（一）省监察厅牵头的工作); a
        heading naming a person (一、某某省长负责的工作) is no group. True if ``line`` opened one."""
        if not number and not heading and _DEPARTMENT.match(line.text.strip()):
            # 市卫生局 / 一、开展助产机构清理整顿工作…… 二、……: a list by department, each name on a line of its own
            self.finish()
            text = self.ctx.norm.text
            owners = parse_owner_list(text, line.start, L.trim_end(text, line.start, line.end))
            if owners and len(owners.units) == 1 and owners.units[0].known:
                self.group, self.candidate = OwnerGroup(owners, -1, numbered_only=True), None
                return True
            return False
        if not (heading and number):
            return False
        depth = L.item_depth(line.text)
        if self.group is not None and depth <= self.group.depth:
            self.finish()
        text = self.ctx.norm.text
        m = _GROUP_OWNER.match(text, line.start + number[1], line.end)
        owners = parse_owner_list(text, m.start("who"), m.end("who") + 2) if m else None
        if m is None:  # 五、省发改委 / （一）安排建设资金……: a heading that is only departments' names
            owners = parse_owner_list(text, line.start + number[1], L.trim_end(text, line.start, line.end))
            owners = owners if owners and owners.units and owners.units[0].start == line.start + number[1] \
                and all(_DEPARTMENT.match(u.name) for u in owners.units) else None  # (not ……规划，由市发改委负责)
        if not (owners and owners.units and all(u.known and len(u.name) >= 3 for u in owners.units)):
            return False  # a person (张三区政府党组成员牵头重点工作) or a bare 政府 is no owner: only units' names
        self.group = OwnerGroup(owners, depth)
        self.candidate = None
        return True

    def _close_group_item(self) -> None:
        """The group's open item named no owner of its own: the heading's owners own it."""
        c = self.candidate
        if self.group is not None and c is not None and c in self.group.items and not c.done:
            self._task_from_candidate(OwnerList())

    def finish(self) -> None:
        """Close the open group (at a heading of its level or above, and at the end)."""
        self._close_group_item()
        self.group = None
