"""What a web page, a PDF or a shared file puts around a plan's title: banners, menus,
breadcrumbs, the site's name, field labels, a file's name. Used by :mod:`.title` to keep them
out of the title.
"""

from __future__ import annotations

import re

# 【栏目】, 时政|, a site's region tag (（湖北省）), a breadcrumb (首页>考试快讯>), an empty [ ]
BANNER = re.compile(r"^【[^】]{1,30}】|^[•·]\s*(?=\S{6,})|^（\d{4}）(?=\S{8,})|^[\u4e00-\u9fa5]{2,6}[|｜](?=[\u4e00-\u9fa5])|^（[^（）]{2,8}(省|市|区|县|自治区)）"
                    r"|^.*[>＞›](?=[^>＞›]{6,}$)|^[〔\[［【（(]\s*[〕\]］】）)]"
                    r"|^.*字体：\s*[〔\[［【]?[\s大中小]*[〕\]］】]?(?=\S{6,}$)"  # …字体：[ ]Title: a PDF ran them together
                    r"|^.*\d{4}-\d{1,2}-\d{1,2}\s*\d{1,2}：\d{2}(：\d{2})?(?=\D\S{5,}$|\d{4}年\S{4,}$)")  # …发布时间：2030-04-17 08:50:33Title
# A newspaper's continuation note: （上接第三版）, （下转第2版）
CONTINUED = re.compile(r"[（(][上下](接|转)第?[\d一二三四五六七八九十]{1,2}版[）)]$")
LABEL = re.compile(r"^[•·\-\s]*((名\s*称|标\s*题|题\s*名|文档介绍|附件(?=\s*：\s*\D))\s*[：]|(信息名称|文件名称)\s*[：]?)\s*")
# A document-sharing site names the file it shows: 《某某实施方案.docx》由会员分享……
SHARED_FILE = re.compile(r"《(?P<title>[^《》]*(?:《[^《》]*》[^《》]*)*?)\.(?:docx?|pdf|wps|txt)》")
FRAGMENT_BAD = re.compile(r"[。，；：？！、|>a-zA-Z]|^[•·\-]|^(发布|来源|索引|时间|日期|浏览|访问|字体|打印|分享|当前位置|首页|附件|返回|关闭)")
SITE_NAME = re.compile(r"^[\u4e00-\u9fa5]{2,24}(门户网站|门户网|政府网|网站|网)$"
                       r"|^[\u4e00-\u9fa5]{2,12}网\s*(--|——|-|_|\|)\s*[\u4e00-\u9fa5]{2,24}网(站)?$")  # 法搜网--中国法律信息搜索网
# A site's menu: 首页 | 政务公开 | 政务服务 | 互动交流, or four short names spaced apart
MENU = re.compile(r"(^|[|｜\s])首页([|｜\s>＞]|$)|^\s*(您)?(当前|现在)?(所在)?(的)?位置\s*[:：]"
                  r"|^[\s|｜]*((无障碍|关怀版|敬老版|长者版|适老化|繁體|繁体|简体|English|EN|登录|注册|手机版)[\s|｜]*)+$"
                  r"|^\s*[\u4e00-\u9fa5]{2,6}(\s*[|｜]\s*[\u4e00-\u9fa5]{2,6}){2,}\s*[|｜]?\s*$"
                  r"|^\s*[\u4e00-\u9fa5]{2,6}(\s+[\u4e00-\u9fa5]{2,6}){3,}\s*$")
# A page title's site name: …的通知-某某网络平台, …方案_某某网
SITE = re.compile(r"[-—_|｜]\s*[\u4e00-\u9fa5A-Za-z]{2,12}(网络平台|平台|网站|门户|网)$")
# A line naming a site or its links: 中国政府网 | 重庆市人民政府网 区人大 区政协 网站专栏
SITE_LINKS = re.compile(r"政府网|网站|门户")
BYLINE = re.compile(r"记者|通讯员")
# A shared file's name: 17.某某政策清单.docx, 某某行动计划模板Word文档格式.docx
FILE = re.compile(r"(模板)?((Word|word|WORD|PDF|pdf)文档(格式|下载)?)?\.(docx?|pdf|wps|txt)$|(模板)?(Word|PDF)文档格式$")
FILE_NUMBER = re.compile(r"^\d{1,3}[.、．]")
