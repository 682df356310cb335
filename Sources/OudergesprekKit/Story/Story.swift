/// The parent's story: what she can talk about, what the teacher must find out and bring up, and what she asks.
///
/// Read from a scenario's `verhaal` block. The engine answers a reply on the topic it is about, reveals a key
/// fact only to a teacher who asks well at enough trust, and the goal is met only when every key fact is found.
public struct Story: Sendable, Equatable {
  public var topics: [StoryTopic]
  public var keyFacts: [KeyFact]
  public var schoolPoints: [SchoolPoint]
  public var questions: [ParentQuestion]
  /// Lines that confirm a paraphrase of something she said; empty means the engine's defaults.
  public var confirmLines: [String]
  /// Lines that correct a paraphrase of something she did not say; empty means the engine's defaults.
  public var correctLines: [String]
  /// Lines for a question about something unrelated to the case; empty means the engine's defaults.
  public var sideTrackLines: [String]
  /// Lines for a question on the case that matches none of her topics; empty means the engine's defaults.
  public var unclearLines: [String]

  public init(
    topics: [StoryTopic], keyFacts: [KeyFact], schoolPoints: [SchoolPoint], questions: [ParentQuestion],
    confirmLines: [String] = [], correctLines: [String] = [], sideTrackLines: [String] = [],
    unclearLines: [String] = []
  ) {
    self.topics = topics
    self.keyFacts = keyFacts
    self.schoolPoints = schoolPoints
    self.questions = questions
    self.confirmLines = confirmLines
    self.correctLines = correctLines
    self.sideTrackLines = sideTrackLines
    self.unclearLines = unclearLines
  }

  /// The topic with this id, if any.
  public func topic(_ id: String) -> StoryTopic? { topics.first { $0.id == id } }

  /// The key fact with this id, if any.
  public func keyFact(_ id: String) -> KeyFact? { keyFacts.first { $0.id == id } }

  /// The school's point with this id, if any.
  public func schoolPoint(_ id: String) -> SchoolPoint? { schoolPoints.first { $0.id == id } }

  /// Every id a condition (`na`) may name: topics, key facts and school's points.
  public var allIDs: [String] { topics.map(\.id) + keyFacts.map(\.id) + schoolPoints.map(\.id) }
}

/// Something the parent can talk about, with the words a teacher would use for it.
public struct StoryTopic: Sendable, Equatable {
  public var id: String
  /// A Dutch noun phrase: "hoe het thuis gaat".
  public var name: String
  /// Words and phrases, matched through the analyser's normaliser.
  public var words: [String]
  /// What she says when she trusts the teacher enough.
  public var openLines: [String]
  /// What she says while she does not.
  public var guardedLines: [String]
  /// She answers openly when her intensity is at most this.
  public var openUpToIntensity: Int
  /// What the student at the table says about it when asked; empty when the student has nothing on it.
  public var studentLines: [String]

  public init(
    id: String, name: String, words: [String], openLines: [String], guardedLines: [String], openUpToIntensity: Int,
    studentLines: [String] = []
  ) {
    self.id = id
    self.name = name
    self.words = words
    self.openLines = openLines
    self.guardedLines = guardedLines
    self.openUpToIntensity = openUpToIntensity
    self.studentLines = studentLines
  }
}

/// A key fact (kern): what the teacher must find out, behind a surface topic.
public struct KeyFact: Sendable, Equatable {
  public var id: String
  /// The topic through which it comes out.
  public var topic: String
  /// The fact in the third person, as a gespreksverslag states it.
  public var fact: String
  /// The parent's lines that reveal it.
  public var revealLines: [String]
  /// The trust it needs: her intensity at most this.
  public var openUpToIntensity: Int
  /// Key facts that must be found first.
  public var after: [String]
  /// A good question that opens it.
  public var question: String

  public init(
    id: String, topic: String, fact: String, revealLines: [String], openUpToIntensity: Int, after: [String] = [],
    question: String
  ) {
    self.id = id
    self.topic = topic
    self.fact = fact
    self.revealLines = revealLines
    self.openUpToIntensity = openUpToIntensity
    self.after = after
    self.question = question
  }
}

/// A point the teacher must bring up (the grade drop, the incident), and how the parent takes it.
public struct SchoolPoint: Sendable, Equatable {
  public var id: String
  public var point: String
  public var words: [String]
  /// Her reaction when it is raised plainly.
  public var reaction: [String]
  /// Her reaction to an ik-boodschap about it; empty means `reaction`.
  public var reactionToIMessage: [String]
  /// Her reaction to a jij-boodschap about it; empty means `reaction`.
  public var reactionToYouMessage: [String]

  public init(
    id: String, point: String, words: [String], reaction: [String], reactionToIMessage: [String] = [],
    reactionToYouMessage: [String] = []
  ) {
    self.id = id
    self.point = point
    self.words = words
    self.reaction = reaction
    self.reactionToIMessage = reactionToIMessage
    self.reactionToYouMessage = reactionToYouMessage
  }
}

/// A question the parent asks and wants answered.
public struct ParentQuestion: Sendable, Equatable {
  public var id: String
  public var question: String
  /// What she says when the question was ignored.
  public var askAgain: String
  /// Words a reply that answers it contains.
  public var answerWords: [String]
  /// She asks it only after these ids came up; empty means any time.
  public var after: [String]
  /// Not before this teacher turn (1-based).
  public var fromTurn: Int

  public init(
    id: String, question: String, askAgain: String, answerWords: [String], after: [String] = [], fromTurn: Int = 1
  ) {
    self.id = id
    self.question = question
    self.askAgain = askAgain
    self.answerWords = answerWords
    self.after = after
    self.fromTurn = fromTurn
  }
}
