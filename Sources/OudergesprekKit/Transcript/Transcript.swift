import Foundation

/// The record of one practice session, written as JSON as the session goes.
public struct Transcript: Sendable, Equatable, Codable {
  /// The newest format version this build writes and reads; a file with a higher one is from a newer version.
  public static let currentVersion = 1
  /// The format version, so that later versions can still read old sessions.
  public var version = currentVersion
  /// The scenario's id.
  public var scenario: String
  public var scenarioTitle: String
  public var seed: UInt64
  /// `oefenen` (alone) or `samen` (with a colleague).
  public var mode: String
  public var startedAt: Date
  public var endedAt: Date?
  /// How it ended; nil while the session is still going (or when it was cut off by a crash).
  public var outcome: ConversationOutcome?
  public var turns: [TranscriptTurn]
  /// Who played which role, for sessions with a colleague (`samen`); nil when practising alone.
  public var roles: SessionRoles?
  /// The colleague's scores beside the analyser's (`samen`); nil when practising alone.
  public var review: ScoreComparison?
  /// The judged closing (`/stop` or time up): kind, criteria and score; nil when there was none.
  public var ending: EndingAssessment?
  /// Whether the teacher recognised the moment to end early; nil when there was no such moment and no early end.
  public var earlyEnding: EarlyEndingReview?
  /// The trainee's preparation before the conversation, if they prepared.
  public var preparation: Preparation?
  /// The trainee's own scores after the conversation, if they gave them.
  public var selfAssessment: SelfAssessment?
  /// The key facts of the parent's story found, in order (turn and question); nil for a scenario without a story.
  public var keyFactsFound: [FoundKeyFact]?
  /// How many key facts the story holds, so that the share found can be shown without the scenario.
  public var keyFactsTotal: Int?
  /// The school's points raised and how (ik-/jij-boodschap); nil for a scenario without a story.
  public var schoolPointsRaised: [RaisedSchoolPoint]?
  /// The parent's own questions: when she asked them and whether they were answered; nil without a story.
  public var parentQuestions: [AskedQuestion]?
  /// The trainee's name (`--naam`, `OUDERGESPREK_NAAM` or asked at the start), for `groep`; nil when not given.
  public var trainee: String?

  public init(scenario: Scenario, seed: UInt64, mode: String = "oefenen", startedAt: Date) {
    self.scenario = scenario.id
    self.scenarioTitle = scenario.title
    self.seed = seed
    self.mode = mode
    self.startedAt = startedAt
    self.turns = []
  }

  enum CodingKeys: String, CodingKey {
    case version, scenario, scenarioTitle, seed, mode, startedAt, endedAt, outcome, turns
    case roles, review, ending, earlyEnding
    case preparation
    case selfAssessment
    case keyFactsFound, keyFactsTotal, schoolPointsRaised, parentQuestions
    case trainee
  }
}

/// One turn of the conversation: who spoke, what they said, and the parent's emotion after it.
public struct TranscriptTurn: Sendable, Equatable, Codable {
  /// Who spoke: `ouder`, `docent` or `leerling`.
  public enum Speaker: String, Sendable, Codable {
    case ouder, docent, leerling
  }

  public var speaker: Speaker
  public var text: String
  /// The markers found, for the teacher's turns.
  public var markers: [Marker]?
  /// The ik-boodschap parts found, for the teacher's turns.
  public var iMessageParts: [IMessagePart]?
  /// For the teacher's turns: per marker or part, the words of the reply that decided it (so a report can quote
  /// them instead of the whole reply). Absent in transcripts written before it was kept.
  public var evidence: [MarkerEvidence]?
  /// The parent's emotion after this turn.
  public var emotion: EmotionSnapshot
  /// For a played line in a session with a colleague: the suggested line or typed by a player.
  public var source: LineSource?
  /// True when the teacher took this reply back with `/opnieuw` (and for the answers it got); kept, not deleted.
  public var withdrawn: Bool?
  /// For a teacher's turn in a scenario with a story: the ids of the topics recognised in the reply.
  public var topics: [String]?
  /// For a parent's line: why it was chosen (`reaction`, `topic`, `paraphrase`, `question`, `sidetrack`, `state`).
  public var reason: LineChoice.Reason?
  /// For a parent's line: the topic, key fact, school's point or question it belongs to.
  public var about: String?

  public init(
    speaker: Speaker, text: String, markers: [Marker]? = nil, iMessageParts: [IMessagePart]? = nil,
    emotion: EmotionSnapshot, source: LineSource? = nil, evidence: [MarkerEvidence]? = nil
  ) {
    self.evidence = evidence
    self.speaker = speaker
    self.text = text
    self.markers = markers
    self.iMessageParts = iMessageParts
    self.emotion = emotion
    self.source = source
  }

  /// Whether this turn still counts: not taken back with `/opnieuw`.
  public var counts: Bool { withdrawn != true }
}

extension Transcript {
  /// The transcript as pretty-printed JSON with stable key order: the turns first, then the other fields
  /// (`TranscriptDocument`), as a session file holds it.
  public func encoded() throws -> Data {
    try TranscriptDocument.whole(self).data
  }

  /// Reads a transcript written by `encoded()`.
  public static func decode(_ data: Data) throws -> Transcript {
    let decoder = JSONDecoder()
    decoder.dateDecodingStrategy = .iso8601
    return try decoder.decode(Transcript.self, from: data)
  }
}
