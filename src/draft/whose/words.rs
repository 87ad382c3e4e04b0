//! The words [`super::Whose`] reads: units that are never the report's place, offices
//! of places and companies, verbs of speech and kinds of places.

/// Units that are never the report's place: a company, a school, a cooperative.
pub(super) const UNITS: [&str; 12] = [
    "企业",
    "公司",
    "集团",
    "工厂",
    "厂",
    "单位",
    "合作社",
    "学校",
    "医院",
    "农场",
    "车间",
    "门店",
];

/// Words after a place's word that make it an office: 区长, 县委书记, 村主任.
pub(super) const OFFICES: [&str; 7] = [
    "长",
    "委书记",
    "党委书记",
    "党工委书记",
    "党支部书记",
    "主任",
    "支书",
];

/// Offices of a company: a quote of its head is of its company.
pub(super) const COMPANY_HEADS: [&str; 5] = ["董事长", "总经理", "厂长", "总裁", "创始人"];

/// Cities that are provinces (直辖市): their 市 is the top level.
pub(super) const MUNICIPALITIES: [&str; 4] = ["北京市", "天津市", "上海市", "重庆市"];

/// Verbs of speech that open reported words without quotation marks (代表说，…).
pub(super) const SAID: [&str; 4] = ["说", "表示", "介绍", "认为"];

/// Words that name a kind of place, not one place: 百强县, 脱贫县, 千亿县, 县级市, 革命
/// 老区. Whole words: 南山区 is a place.
pub(super) const KINDS: [&str; 17] = [
    "农牧区",
    "百强县",
    "示范县",
    "重点县",
    "试点县",
    "脱贫县",
    "千亿县",
    "贫困县",
    "先进县",
    "产粮大县",
    "县级市",
    "示范市",
    "试点市",
    "革命老区",
    "贫困山区",
    "国有林区",
    "重点库区",
];
