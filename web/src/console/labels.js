// Chinese names of the API's enum values, for display only (the API keeps the English values).
export const kinds = {
  VILLAGE: '村', COMMUNITY: '社区', TOWNSHIP: '乡镇', SUBDISTRICT: '街道', ENTERPRISE: '企事业单位',
  CHAMBER_OF_COMMERCE: '商会', INDUSTRY_PROFESSIONAL: '行业性专业性', REGIONAL: '区域性',
  DISPATCHED_OFFICE: '派驻调解工作室', MEDIATION_CENTER: '人民调解中心',
};
export const roles = {
  BUREAU_ADMIN: '司法局管理员', TRAINING_ORGANISER: '培训组织者', FINANCE_CLERK: '财务经办',
  FINANCE_APPROVER: '财务审批', VIEWER: '查阅人员',
};
export const tiers = { PROVINCE: '省级', PREFECTURE: '市级', COUNTY: '县级', TOWNSHIP: '乡镇级' };
export const forms = {
  LECTURE: '集中授课', SEMINAR: '交流研讨', CASE_REVIEW: '案例评析', ON_SITE_OBSERVATION: '现场观摩',
  COURT_HEARING_OBSERVATION: '旁听庭审', PRACTICAL_DRILL: '实训演练', MEDIATION_LECTURE_HALL: '调解大讲堂', ONLINE: '网络培训',
};
export const topics = {
  POLITICS: '政治理论', LAW_AND_POLICY: '法律政策', PROFESSIONAL_KNOWLEDGE: '专业知识', MEDIATION_SKILLS: '调解技巧', DISCIPLINE_AND_ETHICS: '纪律作风',
};
export const categories = {
  MARRIAGE_AND_FAMILY: '婚姻家庭', NEIGHBOURS: '邻里纠纷', HOUSING_AND_HOMESTEAD: '房屋宅基地', LAND_AND_FOREST: '山林土地',
  LAND_ACQUISITION_AND_DEMOLITION: '征地拆迁', RURAL_LAND_CONTRACT: '农村土地承包', LABOUR: '劳动争议', MEDICAL: '医疗纠纷',
  ROAD_TRAFFIC: '道路交通', PROPERTY_MANAGEMENT: '物业纠纷', CONSUMER: '消费纠纷', CONTRACT: '合同纠纷', DEBT: '债务纠纷',
  DAMAGES: '损害赔偿', ENVIRONMENT: '环境污染', CONSTRUCTION: '建设工程', INTELLECTUAL_PROPERTY: '知识产权',
  E_COMMERCE: '电子商务', FINANCE: '金融纠纷', OTHER: '其他',
};
export const metrics = {
  FULL_TIME_SHARE: '专职调解员占比', FULL_TIME_GROWTH: '专职调解员年增长', EXPERT_POOL_PREFECTURE_COVERAGE: '市级专家库覆盖率',
  EXPERT_POOL_COUNTY_COVERAGE: '县级专家库覆盖率', MEDIATION_CENTER_PREFECTURE_COVERAGE: '市级调解中心覆盖率',
  MEDIATION_CENTER_COUNTY_COVERAGE: '县级调解中心覆盖率', DISPATCHED_OFFICE_COVERAGE: '派驻调解室覆盖率',
  VILLAGE_COMMITTEE_COVERAGE: '村（社区）调委会覆盖率', TOWNSHIP_COMMITTEE_COVERAGE: '乡镇（街道）调委会覆盖率',
  STANDARDISED_TOWNSHIP_SHARE: '乡镇调委会规范化率', PERSONAL_STUDIO_COUNT: '个人品牌调解室数量',
  NEW_INDUSTRY_COMMITTEES_PER_COUNTY: '每县新建行业性调委会', STANDARDISED_CHAMBER_COMMITTEE_COUNT: '规范化商会调委会数量',
  BRAND_STUDIOS_PER_COUNTY: '每县品牌调解室',
};
export const severities = { REQUIRED: '必须', CONDITIONAL: '有条件的' };
export const employment = { FULL_TIME: '专职', PART_TIME: '兼职' };
export const appointmentRoles = { CHAIR: '主任', VICE_CHAIR: '副主任', MEMBER: '委员' };
export const riskStatuses = { OPEN: '待处理', MEDIATING: '调解中', RESOLVED: '已化解', REFERRED: '已移交', ESCALATED: '已上报' };
export const riskLevels = { LOW: '低', MEDIUM: '中', HIGH: '高', MAJOR: '重大' };
export const certStatuses = { ACTIVE: '有效', SUSPENDED: '暂停', REVOKED: '吊销', EXPIRED: '过期' };
export const lacks = { HOURS: '学时不足', PRACTICAL_SESSIONS: '缺实训' };
export const label = (map, value) => map[value] ?? value ?? '—';
export const subsidyReasons = {
  PAYABLE: '可发放', NOT_SUCCESSFUL: '调解未成功', ENTERED_LATE: '录入超期', LEAD_NOT_CERTIFIED: '主办调解员无有效证书',
  NO_FOLLOW_UP: '未回访', ALREADY_CLAIMED: '已申报', DUPLICATE_DISPUTE: '重复纠纷', EXCLUDED_MEDIATOR: '不享受补贴人员',
  CAPPED: '超出月度封顶', NO_POLICY: '无适用政策',
};
export const claimStatuses = { DRAFT: '草稿', SUBMITTED: '待审批', APPROVED: '已批准', REJECTED: '已驳回', PAID: '已支付' };
