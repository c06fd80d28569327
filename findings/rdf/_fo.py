"""Generated from ontology/findings.ttl by findings.rdf.gen_namespace: do not edit."""

from rdflib.namespace import DefinedNamespace, Namespace
from rdflib.term import URIRef


class FO(DefinedNamespace):
    """The findings vocabulary, closed: an unknown term raises AttributeError."""

    _fail = True

    Acceptance: URIRef
    Accepted: URIRef
    Action: URIRef
    ActionPlanned: URIRef
    Adequate: URIRef
    Assessment: URIRef
    Assurance: URIRef
    ClosureReason: URIRef
    Document: URIRef
    Done: URIRef
    ExternalReview: URIRef
    ExtractionRun: URIRef
    Finding: URIRef
    Good: URIRef
    Grade: URIRef
    Implemented: URIRef
    InProgress: URIRef
    Inadequate: URIRef
    IndependentlyVerified: URIRef
    Inspection: URIRef
    Judgement: URIRef
    JudgementAreas: URIRef
    KeyLineOfEnquiry: URIRef
    Link: URIRef
    Meeting: URIRef
    NoLongerApplicable: URIRef
    NoResponse: URIRef
    NotAccepted: URIRef
    NotStarted: URIRef
    Open: URIRef
    Organisation: URIRef
    OutcomeMet: URIRef
    OutcomeNotMet: URIRef
    Outstanding: URIRef
    PartlyAccepted: URIRef
    PeerReview: URIRef
    Planned: URIRef
    Polarity: URIRef
    Progress: URIRef
    ProgressReview: URIRef
    ProgressUpdate: URIRef
    Recommendation: URIRef
    Recurred: URIRef
    ReportedComplete: URIRef
    RequiresImprovement: URIRef
    Resolution: URIRef
    SelfReported: URIRef
    Status: URIRef
    StatusAssessment: URIRef
    Strength: URIRef
    Superseded: URIRef
    TextSpan: URIRef
    Themes: URIRef
    Underway: URIRef
    Verified: URIRef
    Weakness: URIRef
    about: URIRef
    acceptance: URIRef
    addressedTo: URIRef
    asOf: URIRef
    assesses: URIRef
    assurance: URIRef
    closureReason: URIRef
    confidence: URIRef
    currentStatus: URIRef
    dateDoubt: URIRef
    dateSource: URIRef
    describedIn: URIRef
    dueBy: URIRef
    dueBySlipped: URIRef
    earliestDate: URIRef
    followsUp: URIRef
    framework: URIRef
    fulfils: URIRef
    grade: URIRef
    gradeValue: URIRef
    holds: URIRef
    identifier: URIRef
    indicates: URIRef
    intendedOutcome: URIRef
    judgementArea: URIRef
    knownFrom: URIRef
    latestDate: URIRef
    lead: URIRef
    leadInspector: URIRef
    linkType: URIRef
    location: URIRef
    madeIn: URIRef
    measure: URIRef
    method: URIRef
    normalisation: URIRef
    of: URIRef
    page: URIRef
    paragraph: URIRef
    partOf: URIRef
    polarity: URIRef
    priority: URIRef
    progress: URIRef
    qualifiedLink: URIRef
    recurs: URIRef
    refersTo: URIRef
    respondsTo: URIRef
    scope: URIRef
    score: URIRef
    sha256: URIRef
    sourcePath: URIRef
    status: URIRef
    supersededOn: URIRef
    target: URIRef
    team: URIRef
    text: URIRef
    theme: URIRef
    timescale: URIRef
    underKLOE: URIRef
    underpins: URIRef

    _NS = Namespace("https://w3id.org/findings/ontology#")
