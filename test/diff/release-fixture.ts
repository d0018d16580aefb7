// A hand-built release with the structure of Cigna policy 0558 (effective 2026-04-15): a part
// of its Category III code list, its whole exception mapping and its revision table, with the
// pages of the publisher's PDF layout. Tests edit copies of it to make a next release.
import type { PolicyCode, PolicyRelease } from '../../src/model/release.ts';

const CODE_ROWS: Array<[code: string, page: number, description: string]> = [
  ['0207T', 3, 'Evacuation of meibomian glands, automated, using heat and intermittent pressure, unilateral'],
  [
    '0338T',
    3,
    'Transcatheter renal sympathetic denervation, percutaneous approach including arterial puncture, selective catheter placement(s) renal artery(ies), fluoroscopy, contrast injection(s), intraprocedural roadmapping and radiological supervision and interpretation, including pressure gradient measurements, flush aortogram and diagnostic renal angiography when performed; unilateral',
  ],
  ['0342T', 3, 'Therapeutic apheresis with selective HDL delipidation and plasma reinfusion'],
  ['0351T', 3, 'Optical coherence tomography of breast or axillary lymph node, excised tissue, each specimen; real-time intraoperative'],
  [
    '0439T',
    3,
    'Myocardial contrast perfusion echocardiography; at rest or with stress, for assessment of myocardial ischemia or viability (List separately in addition to code for primary procedure)',
  ],
  [
    '0957T',
    5,
    'Revision of sub-scalp implanted electrode array, receiver, and telemetry unit for electrode, when required, including imaging guidance (Do not report 0957T in conjunction with 0958T, 0960T)',
  ],
  ['1025T', 6, 'Alternating electric fields dosimetry and delivery-simulation modeling, creation and selection of patient-specific array layouts, and placement verification'],
];

const EXCEPTION_ROWS: Array<[policy: string, codes: string[]]> = [
  ['Ambulatory External and Implantable Electrocardiographic Monitoring', ['0650T']],
  ['Behavioral Health Coaching and Peer Support Services', ['0591T', '0592T']],
  ['Brexucabtagene autoleucel', ['0537T', '0538T', '0539T', '0540T']],
  ['Diabetes Equipment and Supplies', ['0446T', '0447T', '0448T']],
  ['Glaucoma Surgical Procedures', ['0449T', '0671T']],
  ['eviCore Pediatric Cardiac Imaging guideline', ['0501T', '0502T', '0503T', '0504T']],
  ['eviCore Adult Head Imaging guideline', ['0042T']],
  ['Idcabtagene vicleucel', ['0537T', '0538T', '0539T', '0540T']],
  ['Intensive Behavioral Interventions', ['0362T', '0373T']],
  ['Lisocabtagene maraleucel', ['0537T', '0538T', '0539T', '0540T']],
  ['Pancreatic Islet Cell Transplantation', ['0584T', '0585T', '0586T']],
  ['Preventive Care Services', ['0403T', '0488T', '0500T']],
  ['Scar Revision', ['0479T', '0480T']],
  ['Tisagenlecleucel', ['0537T', '0538T', '0539T', '0540T']],
  ['Transcatheter Heart Valve Procedures', ['0483T']],
  ['Yescarta (Injectable CAR-T)', ['0537T', '0538T', '0539T', '0540T']],
];

const REVISION_ROWS: Array<[type: string, summary: string, date: string]> = [
  ['Focused Review', 'No clinical policy statement changes.', '2025-04-15'],
  ['Focused Review', 'No clinical policy statement changes.', '2025-10-15'],
  ['Annual Review', 'No clinical policy statement changes.', '2025-08-15'],
  ['Focused Review', 'No clinical policy statement changes.', '2025-04-15'],
  ['Focused Review', 'No clinical policy statement changes.', '2025-02-15'],
  ['Focused Review', 'Revised policy statement.', '2024-12-15'],
  ['Annual Review', 'No clinical policy statement changes.', '2024-08-15'],
];

export function buildRelease0558(): PolicyRelease {
  return {
    schemaVersion: 1,
    source: [{ path: 'sources/cigna-0558/2026-04-15.pdf', sha256: '0'.repeat(64), format: 'pdf', pages: 8 }],
    policy: {
      publisher: 'Cigna',
      number: '0558',
      title: 'Category III Current Procedural Terminology (CPT®) codes',
      effectiveDate: '2026-04-15',
      nextReviewDate: '2026-08-15',
    },
    relatedResources: ['Ablative Treatments for Malignant Breast Tumors', 'Brexucabtagene autoleucl', 'Scar Revision'],
    codeGroups: [
      {
        heading: 'Considered Experimental/Investigational/Unproven',
        status: 'experimental-investigational-unproven',
        context: [],
        codeSystem: 'CPT',
        codes: CODE_ROWS.map(([code, page, description]) => codeRow(code, page, description)),
      },
    ],
    coveredElsewhere: EXCEPTION_ROWS.map(([policy, codes]) => ({ policy, codes: [...codes], page: 7 })),
    revisions: REVISION_ROWS.map(([type, summary, date]) => ({ type, summary: [summary], date, page: 8 })),
  };
}

export function codeRow(code: string, page: number, description: string): PolicyCode {
  const notReportedWith = /Do not report \S+ in conjunction with ([^)]*)\)/.exec(description)?.[1]?.split(/,\s*/) ?? [];
  return {
    code,
    kind: 'CPT-III',
    description,
    addOn: description.includes('(List separately in addition to code for primary procedure)'),
    notReportedWith,
    footnotes: [],
    page,
  };
}

export function cloneRelease(release: PolicyRelease): PolicyRelease {
  return structuredClone(release);
}
