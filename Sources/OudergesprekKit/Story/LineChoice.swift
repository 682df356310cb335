/// Why the parent said what she said: the rule that chose the line and the part of the story it belongs to.
public struct LineChoice: Sendable, Equatable, Codable {
  /// The rule that chose a line, in the order the engine tries them.
  public enum Reason: String, Sendable, Equatable, Codable {
    /// A reaction to a blockade (or another marker the scenario reacts to), or the early-ending signal.
    case reaction
    /// An answer on a topic, a key fact revealed, or her reaction to a school's point.
    case topic
    /// A confirmation or correction of a paraphrase.
    case paraphrase
    /// Her reaction to a proposal of the teacher: accepting, asking a detail or doubting, by her state.
    case proposal
    /// One of her own questions, asked for the first time or again.
    case question
    /// Her reaction to the teacher's answer to her question: accepting or doubting it, by her state.
    case answer
    /// She takes the teacher's acknowledgement of her feeling or situation, then (where natural) makes her point.
    case feeling
    /// A greeting or how-are-you question, answered once with a short social line.
    case smallTalk
    /// A question about something unrelated to the case.
    case sidetrack
    /// A question on the case that matches none of her topics: she answers it as a question, guarded.
    case unclear
    /// A line of her emotion state.
    case state
  }

  public var reason: Reason
  /// The topic, key fact, school's point or question id it belongs to; nil for reactions and state lines.
  public var about: String?

  public init(_ reason: Reason, about: String? = nil) {
    self.reason = reason
    self.about = about
  }
}

/// What a teacher's reply did to the story, for the transcript and the report.
public struct StoryNote: Sendable, Equatable {
  /// The topics recognised in the reply.
  public var topics: [String]
  /// The school's points it raised for the first time.
  public var raised: [String]
  /// The parent's questions it answered.
  public var answered: [String]
  /// The key facts it opened.
  public var found: [String]

  public init(topics: [String] = [], raised: [String] = [], answered: [String] = [], found: [String] = []) {
    self.topics = topics
    self.raised = raised
    self.answered = answered
    self.found = found
  }
}
