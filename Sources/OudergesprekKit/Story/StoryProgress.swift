/// What has happened to the story so far in one conversation: part of `ConversationState`.
public struct StoryProgress: Sendable, Equatable, Codable {
  /// Every topic, key fact and school's point that came up (named by the teacher or told by the parent).
  public var mentioned: Set<String> = []
  /// Topics the parent talked about openly.
  public var told: Set<String> = []
  /// Topics she gave a guarded answer on: asked again when she trusts the teacher more, they may open.
  public var guarded: Set<String> = []
  /// Key facts found, in order.
  public var found: [FoundKeyFact] = []
  /// School's points raised, in order.
  public var raised: [RaisedSchoolPoint] = []
  /// The parent's questions asked so far, in order.
  public var asked: [AskedQuestion] = []
  /// Every story line said, so that none is said twice while others are left.
  public var said: Set<String> = []
  /// The teacher turn at which the next step was first explained; she no longer asks what will happen.
  public var nextStepTurn: Int?
  /// The last teacher turn she answered as a side track: a reply right after it that names nothing of the case goes
  /// on with it.
  public var sideTrackTurn: Int?
  /// The teacher's reply she is answering now: a line of her state does not ask for what it just gave.
  public var lastReply: String?
  /// Her reaction to a school's point that asked something ("Dus de deur is niet dicht?"): the point's id and the
  /// turn, so that the teacher's answer to it is taken as an answer.
  public var pointQuestion: AskedQuestion?

  public init() {}

  /// Whether the key fact with this id was found.
  public func hasFound(_ id: String) -> Bool { found.contains { $0.id == id } }

  /// Whether the school's point with this id was raised.
  public func hasRaised(_ id: String) -> Bool { raised.contains { $0.id == id } }

  /// The question she asked and is still waiting for, if any.
  public var pendingQuestion: AskedQuestion? { asked.last { $0.answeredAtTurn == nil } }

  /// Whether the goal of the story is met: every key fact found and every school's point raised.
  public func goalMet(_ story: Story) -> Bool {
    story.keyFacts.allSatisfy { hasFound($0.id) } && story.schoolPoints.allSatisfy { hasRaised($0.id) }
  }
}

/// A key fact found: at which teacher turn and by which reply.
public struct FoundKeyFact: Sendable, Equatable, Codable {
  public var id: String
  public var turn: Int
  /// The teacher's reply that opened it.
  public var question: String

  public init(id: String, turn: Int, question: String) {
    self.id = id
    self.turn = turn
    self.question = question
  }
}

/// A school's point raised: at which turn and how.
public struct RaisedSchoolPoint: Sendable, Equatable, Codable {
  /// How a point was brought up.
  public enum Manner: String, Sendable, Equatable, Codable {
    case ikBoodschap = "ik-boodschap"
    case jijBoodschap = "jij-boodschap"
    case neutraal
  }

  public var id: String
  public var turn: Int
  public var manner: Manner

  public init(id: String, turn: Int, manner: Manner) {
    self.id = id
    self.turn = turn
    self.manner = manner
  }
}

/// A question of the parent: when she asked it, how often it was passed over, and when it was answered.
public struct AskedQuestion: Sendable, Equatable, Codable {
  public var id: String
  /// The teacher turn after which she asked it.
  public var turn: Int
  public var timesIgnored = 0
  public var answeredAtTurn: Int?

  public init(id: String, turn: Int) {
    self.id = id
    self.turn = turn
  }
}
