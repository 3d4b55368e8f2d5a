// Example queries, one tab per kind of user (the README's roles).
const v = (o) => JSON.stringify(o, null, 2);

export const examples = [
  {
    query: `# 公众 The public: the directory needs no token.
query Directory($region: String) {
  committees(regionCode: $region, first: 5) {
    totalCount
    nodes { name kind region { name } mediatorCount }
  }
}`,
    variables: v({ region: '419001' }),
  },
  {
    query: `# 司法局 A bureau (BUREAU_ADMIN or VIEWER): is the jurisdiction staffed as its rules ask?
query Staffing($region: String!) {
  staffingCompliance(regionCode: $region) {
    asOf committeeCount compliantCount shortfallCount fullTimeShare
    targets { metric target actual met }
    byRegion { name committeeCount shortfallCount }
    shortfalls(first: 10) { totalCount nodes { committee { name } required actual missing severity } }
  }
}`,
    variables: v({ region: '419001' }),
  },
  {
    query: `# 培训组织者 A training organiser: who is behind on this year's training, and why.
query Training($region: String!, $year: Int!) {
  trainingCompliance(regionCode: $region, year: $year) {
    mediatorCount compliantCount
    hoursByTier { tier hours }
    behind(first: 10) { totalCount nodes { mediator { name } hours requiredHours summary } }
  }
}`,
    variables: v({ region: '419001', year: 2026 }),
  },
  {
    query: `# 财务 Finance: case figures, which grading and the per-case subsidy are computed from.
query Cases($region: String!, $from: Date!, $to: Date!) {
  caseStatistics(regionCode: $region, from: $from, to: $to) {
    totals { cases writtenAgreements oralAgreements agreementRate enteredLate }
    byCategory { category stats { cases } }
  }
}`,
    variables: v({ region: '419001', from: '2026-01-01', to: '2026-12-31' }),
  },
  {
    query: `# 司法局 Certificates: whose certificate expires in the next 90 days, and who serves without one.
query Certificates($region: String!) {
  expiringCertificates(regionCode: $region, withinDays: 90, first: 10) {
    totalCount nodes { number validUntil holder { name } }
  }
  uncertifiedServing(regionCode: $region, first: 10) { totalCount nodes { name } }
}`,
    variables: v({ region: '419001' }),
  },
];
