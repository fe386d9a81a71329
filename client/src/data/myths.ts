// Common beliefs about 断缴, answered from ../../../../shared/notes/policy-facts.md (fact ids in `facts`),
// each with the rule behind it. The links are the same ones the policy files cite.

export interface MythSource {
  title: string;
  docNo: string;
  url: string;
}

export interface Myth {
  q: string;
  verdict: string;
  tone: 'good' | 'bad' | 'warn';
  a: string;
  facts: string[];
  sources: MythSource[];
}

const LAW: MythSource = {
  title: '中华人民共和国社会保险法（2018 修正）第十六条、第十九条',
  docNo: '',
  url: 'https://www.gov.cn/guoqing/2021-10/29/content_5647616.htm',
};
const RETIRE: MythSource = {
  title: '全国人大常委会关于实施渐进式延迟法定退休年龄的决定',
  docNo: '',
  url: 'https://www.mohrss.gov.cn/SYrlzyhshbzb/ztzl/zt202409/qwfb/202409/t20240913_525781.html',
};
const TRANSFER_43: MythSource = {
  title: '基本医疗保险关系转移接续暂行办法',
  docNo: '医保办发〔2021〕43号',
  url: 'https://www.gyxww.net/content/20211129/3350.html',
};
const LONGTERM_38: MythSource = {
  title: '国务院办公厅关于健全基本医疗保险参保长效机制的指导意见',
  docNo: '国办发〔2024〕38号',
  url: 'https://www.gov.cn/zhengce/content/202408/content_6965741.htm',
};

export const MYTHS: Myth[] = [
  {
    q: '断缴 3 个月，养老保险就清零了？',
    verdict: '不会',
    tone: 'good',
    a: '职工养老保险的累计缴费年限不会清零：断缴的月份不算进去，以后接着交会继续累加；换城市工作，年限也累计计算。累计满 15 年才能按月领养老金（2030 年起每年提高半年，逐步到 20 年）。',
    facts: ['F16', 'F23'],
    sources: [LAW, RETIRE],
  },
  {
    q: '断了就白交了？',
    verdict: '不会',
    tone: 'good',
    a: '已经交的钱不会没：养老保险个人账户里的钱一直在，断缴期间只是不再增加；医保个人账户的余额也还在，换城市时跟着人转过去。',
    facts: ['F16', 'F12'],
    sources: [LAW, TRANSFER_43],
  },
  {
    q: '医保断了，哪天补上都一样？',
    verdict: '不一样',
    tone: 'bad',
    a: '职工医保断缴 3 个月（含）以内，多数地方允许补缴、不用等待；断缴期间看病的钱能不能补报，各地不同。超过 3 个月，当地可以设最长 6 个月的等待期（交了钱还要等一段时间才能报销，这段时间看病自己付钱）。所以越早补缴越好。',
    facts: ['F13', 'F15'],
    sources: [TRANSFER_43],
  },
  {
    q: '居民医保断一年没关系，明年再交就行？',
    verdict: '有影响',
    tone: 'bad',
    a: '从 2025 年起，没在集中参保期交、或者没有连续参保的人，重新参保后要先等 3 个月才能报销；断缴第 2 年起，每多断 1 年多等 1 个月（各地算法略有不同；可以多交几年的保费来缩短）；连续断 4 年以上，至少要等 6 个月。',
    facts: ['F02', 'F03', 'F04', 'F05'],
    sources: [LONGTERM_38],
  },
  {
    q: '居民医保断缴后再参保，大病保险的奖励还在吗？',
    verdict: '会清零',
    tone: 'bad',
    a: '居民医保连续参保满 4 年后，每多连续 1 年，大病保险一年最多能报的钱至少提高 1000 元（各地不同）；一旦断缴再参保（政策文件里叫“断保”），连续参保的年数重新计算，之前攒下的奖励额度也没有了。',
    facts: ['F08'],
    sources: [LONGTERM_38],
  },
  {
    q: '刚出生的宝宝参保也要等 3 个月？',
    verdict: '不用',
    tone: 'good',
    a: '宝宝是新生儿，不用等待。不少地方规定：出生后 90 天内参保缴费的，从出生那天起就能报销（具体以当地规定为准）。',
    facts: ['F02', 'F31'],
    sources: [LONGTERM_38],
  },
];
