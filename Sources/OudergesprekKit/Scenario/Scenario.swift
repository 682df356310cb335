/// A practice scenario: who the parent is, what kind of conversation it is, and how the parent's emotion moves.
public struct Scenario: Sendable, Equatable {
  public var id: String
  public var title: String
  public var kind: ConversationKind
  public var role: TeacherRole
  public var initiator: Initiator
  public var difficulty: Difficulty
  /// The time available, in minutes. The conversation's turn budget follows from it.
  public var minutes: Int
  public var briefing: Briefing
  public var parent: ParentPersona
  /// The student, when the scenario names one; `student.present` says whether they sit at the table.
  public var student: Student?
  public var emotions: EmotionModel
  /// When ending early is the professional move; nil when the scenario does not expect it.
  public var earlyEnding: EarlyEndingRule?
  /// What the parent says about time, near the end of the turn budget.
  public var timeWarningLines: [String]
  /// The parent's story (`verhaal`); nil for a scenario written before stories existed.
  public var story: Story?

  public init(
    id: String, title: String, kind: ConversationKind, role: TeacherRole, initiator: Initiator,
    difficulty: Difficulty, minutes: Int, briefing: Briefing, parent: ParentPersona, student: Student?,
    emotions: EmotionModel, earlyEnding: EarlyEndingRule?, timeWarningLines: [String] = [], story: Story? = nil
  ) {
    self.id = id
    self.title = title
    self.kind = kind
    self.role = role
    self.initiator = initiator
    self.difficulty = difficulty
    self.minutes = minutes
    self.briefing = briefing
    self.parent = parent
    self.student = student
    self.emotions = emotions
    self.earlyEnding = earlyEnding
    self.timeWarningLines = timeWarningLines
    self.story = story
  }

  /// The number of teacher turns the time allows: about one turn a minute, at least six.
  public var turnBudget: Int { max(6, minutes) }

  /// Whether the student sits at the table and speaks.
  public var studentPresent: Bool { student?.present ?? false }
}

/// The teacher's briefing: the situation, what is known, and the goal of the conversation.
public struct Briefing: Sendable, Equatable {
  public var situation: String
  public var known: [String]
  public var goal: String

  public init(situation: String, known: [String], goal: String) {
    self.situation = situation
    self.known = known
    self.goal = goal
  }
}

/// The simulated parent.
public struct ParentPersona: Sendable, Equatable {
  public var name: String
  /// The relation to the student: moeder, vader, voogd, oom, …
  public var relation: String
  /// Background, including language and culture.
  public var background: String
  /// What the parent expects going into the conversation.
  public var expectation: String
  /// How the parent addresses the teacher ("meneer", "mevrouw De Vries", "juf", by first name, …).
  public var addressesTeacherAs: String

  public init(name: String, relation: String, background: String, expectation: String, addressesTeacherAs: String) {
    self.name = name
    self.relation = relation
    self.background = background
    self.expectation = expectation
    self.addressesTeacherAs = addressesTeacherAs
  }
}

/// The student the conversation is about.
public struct Student: Sendable, Equatable {
  public var name: String
  /// The class, e.g. "3 havo".
  public var group: String
  /// Whether the student sits at the table; then they speak when the teacher addresses them.
  public var present: Bool

  public init(name: String, group: String, present: Bool) {
    self.name = name
    self.group = group
    self.present = present
  }
}
