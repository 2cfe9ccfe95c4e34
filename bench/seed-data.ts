/**
 * The seeded directory, as pure functions of a row number: user `i` is always the same user, so
 * the measurements can name real usernames, folders and values without asking the database, and
 * two runs seed the same data. The spread imitates a company: skewed first names and surnames,
 * departments of unequal size with teams several folders deep, customers and contractors as
 * external users, 5% inactive, attributes with a few keys, and a group per folder (nested like
 * the folders) plus cross-cutting project groups.
 */

const firstNames = [
  "maria", "james", "john", "robert", "michael", "david", "william", "richard", "joseph", "thomas", "linda", "patricia", "jennifer", "elizabeth", "barbara",
  "susan", "jessica", "sarah", "karen", "nancy", "daniel", "matthew", "anthony", "mark", "donald", "steven", "paul", "andrew", "joshua", "kenneth",
  "kevin", "brian", "george", "timothy", "ronald", "edward", "jason", "jeffrey", "ryan", "jacob", "lisa", "betty", "margaret", "sandra", "ashley",
  "kimberly", "emily", "donna", "michelle", "carol", "amanda", "melissa", "deborah", "stephanie", "rebecca", "sharon", "laura", "cynthia", "kathleen", "amy",
  "wei", "fatima", "aisha", "mohammed", "yuki", "hiroshi", "priya", "arjun", "olga", "ivan", "sofia", "lucas", "mateo", "lena", "noah",
  "emma", "liam", "olivia", "ava", "mia", "chloe", "ines", "jonas", "freya", "oskar", "astrid", "pierre", "camille", "marta", "pablo",
];

const lastNames = [
  "smith", "johnson", "williams", "brown", "jones", "garcia", "miller", "davis", "rodriguez", "martinez", "hernandez", "lopez", "gonzalez", "wilson", "anderson",
  "thomas", "taylor", "moore", "jackson", "martin", "lee", "perez", "thompson", "white", "harris", "sanchez", "clark", "ramirez", "lewis", "robinson",
  "walker", "young", "allen", "king", "wright", "scott", "torres", "nguyen", "hill", "flores", "green", "adams", "nelson", "baker", "hall",
  "rivera", "campbell", "mitchell", "carter", "roberts", "muller", "schmidt", "schneider", "fischer", "weber", "meyer", "wagner", "becker", "schulz", "hoffmann",
  "rossi", "russo", "ferrari", "esposito", "bianchi", "romano", "colombo", "ricci", "marino", "greco", "dubois", "durand", "leroy", "moreau", "simon",
  "laurent", "lefebvre", "michel", "tanaka", "suzuki", "takahashi", "watanabe", "ito", "yamamoto", "nakamura", "kobayashi", "kato", "wang", "li", "zhang",
  "liu", "chen", "yang", "huang", "zhao", "wu", "zhou", "kowalski", "nowak", "wisniewski", "petrov", "ivanov", "smirnov", "kuznetsov", "popov",
  "singh", "kumar", "sharma", "patel", "gupta", "khan", "ali", "ahmed", "hussain", "okafor", "adeyemi", "mensah", "silva", "santos", "oliveira",
  "pereira", "costa", "andersson", "johansson", "karlsson", "nilsson", "hansen", "jensen", "nielsen", "virtanen", "korhonen", "murphy", "kelly", "byrne", "ryan",
];

const cities = ["berlin", "london", "paris", "new-york", "san-francisco", "tokyo", "singapore", "sydney", "toronto", "madrid", "warsaw", "bangalore", "sao-paulo", "nairobi", "dublin", "austin", "lisbon", "seoul", "zurich", "amsterdam"];
const titles = ["engineer", "senior engineer", "staff engineer", "manager", "director", "analyst", "specialist", "associate", "lead", "consultant"];
const regions = ["emea", "amer", "apac"];
const personalDomains = ["gmail.com", "outlook.com", "yahoo.com", "proton.me", "icloud.com"];

interface Department {
  name: string;
  weight: number;
  teams: { name: string; subteams: string[] }[];
}

const departments: Department[] = [
  { name: "eng", weight: 30, teams: [
    { name: "web", subteams: ["frontend", "design-system"] }, { name: "mobile", subteams: ["ios", "android"] },
    { name: "platform", subteams: ["api", "storage", "runtime", "observability"] }, { name: "data", subteams: ["pipelines", "warehouse", "ml"] },
    { name: "infra", subteams: ["network", "compute"] }, { name: "security", subteams: [] }, { name: "qa", subteams: [] },
  ] },
  { name: "sales", weight: 18, teams: [{ name: "emea", subteams: ["dach", "nordics", "uk"] }, { name: "amer", subteams: ["east", "west"] }, { name: "apac", subteams: [] }, { name: "enterprise", subteams: [] }] },
  { name: "support", weight: 14, teams: [{ name: "tier1", subteams: [] }, { name: "tier2", subteams: [] }, { name: "success", subteams: ["onboarding", "renewals"] }] },
  { name: "marketing", weight: 8, teams: [{ name: "brand", subteams: [] }, { name: "growth", subteams: ["seo", "paid"] }, { name: "events", subteams: [] }] },
  { name: "ops", weight: 8, teams: [{ name: "facilities", subteams: [] }, { name: "it", subteams: ["helpdesk", "endpoints"] }, { name: "procurement", subteams: [] }] },
  { name: "product", weight: 7, teams: [{ name: "core", subteams: [] }, { name: "growth", subteams: [] }, { name: "research", subteams: [] }] },
  { name: "finance", weight: 5, teams: [{ name: "accounting", subteams: ["payables", "receivables"] }, { name: "fpa", subteams: [] }, { name: "tax", subteams: [] }] },
  { name: "design", weight: 4, teams: [{ name: "product-design", subteams: [] }, { name: "research", subteams: [] }] },
  { name: "hr", weight: 4, teams: [{ name: "recruiting", subteams: ["tech", "business"] }, { name: "people-ops", subteams: [] }] },
  { name: "legal", weight: 2, teams: [{ name: "contracts", subteams: [] }, { name: "privacy", subteams: [] }] },
];

const customerCompanies = Array.from({ length: 60 }, (_, index) => `company-${String(index + 1).padStart(3, "0")}`);
const vendors = ["acme-staffing", "globex", "initech", "umbrella", "hooli"];
const projects = ["atlas", "beacon", "comet", "delta", "ember", "falcon", "gemini", "helix", "ion", "juno", "kepler", "lumen", "meteor", "nova", "orion", "pulsar", "quasar", "rigel", "sirius", "titan"];

/** One folder: its path, and the group that mirrors it (nested like the folders). */
export interface Folder {
  path: string;
  group: string;
  parentGroup: string | null;
  department: string | null;
}

function buildFolders(): Folder[] {
  const folders: Folder[] = [{ path: "users", group: "staff", parentGroup: null, department: null }];
  for (const department of departments) {
    const departmentGroup = department.name;
    folders.push({ path: `users/${department.name}`, group: departmentGroup, parentGroup: "staff", department: department.name });
    for (const team of department.teams) {
      const teamGroup = `${department.name}-${team.name}`;
      folders.push({ path: `users/${department.name}/${team.name}`, group: teamGroup, parentGroup: departmentGroup, department: department.name });
      for (const sub of team.subteams) {
        folders.push({ path: `users/${department.name}/${team.name}/${sub}`, group: `${teamGroup}-${sub}`, parentGroup: teamGroup, department: department.name });
      }
    }
  }
  folders.push({ path: "users/contractors", group: "contractors", parentGroup: null, department: null });
  for (const vendor of vendors) folders.push({ path: `users/contractors/${vendor}`, group: `contractors-${vendor}`, parentGroup: "contractors", department: null });
  folders.push({ path: "customers", group: "customers", parentGroup: null, department: null });
  for (const region of regions) folders.push({ path: `customers/${region}`, group: `customers-${region}`, parentGroup: "customers", department: null });
  customerCompanies.forEach((company, index) => {
    const region = regions[index % regions.length] ?? "emea";
    folders.push({ path: `customers/${region}/${company}`, group: `customers-${company}`, parentGroup: `customers-${region}`, department: null });
  });
  return folders;
}

export const folders: readonly Folder[] = buildFolders();
export const projectGroups: readonly string[] = projects.map((project) => `project-${project}`);

const staffFoldersByDepartment = new Map(departments.map((department) => [department.name, folders.filter((folder) => folder.department === department.name)]));
const contractorFolders = folders.filter((folder) => folder.path.startsWith("users/contractors/"));
const customerFolders = folders.filter((folder) => folder.path.split("/").length === 3 && folder.path.startsWith("customers/"));
const departmentWeights = departments.map((department) => department.weight);

/** mulberry32: a small, fast, seedable generator; row `i` seeds its own. */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Skewed pick: low indexes are much more frequent (like real name frequencies). */
function skewed<T>(items: readonly T[], r: number): T {
  return items[Math.floor(items.length * r * r)] as T;
}

function uniform<T>(items: readonly T[], r: number): T {
  return items[Math.floor(items.length * r)] as T;
}

function weighted(weights: readonly number[], r: number): number {
  const total = weights.reduce((sum, weight) => sum + weight, 0);
  let threshold = r * total;
  for (let index = 0; index < weights.length; index++) {
    threshold -= weights[index] ?? 0;
    if (threshold < 0) return index;
  }
  return weights.length - 1;
}

export interface SeedUser {
  id: string;
  username: string;
  name: string;
  email: string;
  isActive: boolean;
  folder: Folder;
  type: "internal" | "external";
  attributes: Record<string, unknown>;
  hasPassword: boolean;
  lastLoginDaysAgo: number | null;
  joinedDaysAgo: number;
  updatedDaysAgo: number;
  /** Indexes into `projectGroups`. */
  projects: number[];
  sessions: number;
}

const hexBytes = Array.from({ length: 256 }, (_, byte) => byte.toString(16).padStart(2, "0"));

function hex32(value: number): string {
  return (hexBytes[value >>> 24] ?? "") + (hexBytes[(value >>> 16) & 0xff] ?? "") + (hexBytes[(value >>> 8) & 0xff] ?? "") + (hexBytes[value & 0xff] ?? "");
}

/** A v4-shaped UUID drawn from the row's generator: deterministic, evenly spread like real ones. */
function uuidFrom(next: () => number): string {
  const a = hex32((next() * 0x100000000) >>> 0);
  const b = hex32((next() * 0x100000000) >>> 0);
  const c = hex32((((next() * 0x100000000) >>> 0) & 0x3fffffff) | 0x80000000);
  const d = hex32((next() * 0x100000000) >>> 0);
  return `${a}-${b.slice(0, 4)}-4${b.slice(5, 8)}-${c.slice(0, 4)}-${c.slice(4, 8)}${d}`;
}

export function seedUser(index: number): SeedUser {
  const next = random(index * 2654435761 + 12345);
  const id = uuidFrom(next);
  const first = skewed(firstNames, next());
  const last = skewed(lastNames, next());
  const kind = next();
  const external = kind >= 0.82;
  let folder: Folder;
  if (!external) {
    const department = departments[weighted(departmentWeights, next())]?.name ?? "eng";
    const candidates = staffFoldersByDepartment.get(department) ?? [];
    folder = next() < 0.03 ? (folders[0] as Folder) : uniform(candidates, next());
  } else {
    folder = kind >= 0.97 ? uniform(contractorFolders, next()) : skewed(customerFolders, next());
  }
  const username = `${first}.${last}${index}`;
  const emailRoll = next();
  const email = emailRoll < 0.03 ? "" : external ? `${first}.${last}${index}@${uniform(personalDomains, next())}` : `${first}.${last}${index}@example.com`;
  const attributes: Record<string, unknown> = external
    ? { company: folder.path.split("/")[2] ?? "independent", region: folder.path.split("/")[1] ?? "emea" }
    : { dept: folder.department ?? "general", location: skewed(cities, next()), employee_id: `E${String(100000 + index)}`, cost_center: 4000 + Math.floor(next() * 200) };
  if (!external && next() < 0.6) attributes.title = skewed(titles, next());
  const joinedDaysAgo = Math.floor(next() * 1800);
  const lastLoginDaysAgo = next() < 0.75 ? Math.floor(next() * Math.min(joinedDaysAgo + 1, 365)) : null;
  const projectCount = !external && next() < 0.3 ? 1 + Math.floor(next() * 2) : 0;
  const projectsOfUser = Array.from({ length: projectCount }, () => Math.floor(next() * projectGroups.length)).filter((value, position, all) => all.indexOf(value) === position);
  return {
    id,
    username,
    name: `${capitalise(first)} ${capitalise(last)}`,
    email,
    isActive: next() >= 0.05,
    folder,
    type: external ? "external" : "internal",
    attributes,
    hasPassword: next() < 0.9,
    lastLoginDaysAgo,
    joinedDaysAgo,
    updatedDaysAgo: Math.floor(next() * Math.min(joinedDaysAgo + 1, 400)),
    projects: projectsOfUser,
    sessions: next() < 0.05 ? 1 + Math.floor(next() * 2) : 0,
  };
}

function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}
