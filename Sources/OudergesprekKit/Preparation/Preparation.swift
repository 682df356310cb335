import Foundation

/// The trainee's preparation: the answers to the card box's questions, and what the analyser found in the opening.
public struct Preparation: Sendable, Equatable, Codable {
  /// The answers given, in the order asked; a skipped question has no answer.
  public var answers: [PreparationAnswer]
  /// The markers the analyser found in the opening sentence.
  public var openingMarkers: [Marker]?
  /// The ik-boodschap parts found in the opening sentence.
  public var openingParts: [IMessagePart]?

  public init(answers: [PreparationAnswer] = [], openingMarkers: [Marker]? = nil, openingParts: [IMessagePart]? = nil) {
    self.answers = answers
    self.openingMarkers = openingMarkers
    self.openingParts = openingParts
  }

  /// The answer to `question`, if one was given.
  public func answer(_ question: PreparationQuestion) -> String? {
    answers.first { $0.question == question }?.text
  }

  /// Records an answer; the opening sentence is analysed and the analyser's comment returned.
  @discardableResult
  public mutating func record(_ text: String, for question: PreparationQuestion, analyzer: any ReplyAnalyzer)
    -> String?
  {
    let text = text.trimmingCharacters(in: .whitespaces)
    guard !text.isEmpty else { return nil }
    answers.removeAll { $0.question == question }
    answers.append(PreparationAnswer(question: question, text: text))
    guard question == .opening else { return nil }
    let analysis = analyzer.analyzeBounded(text)
    openingMarkers = analysis.markers
    openingParts = analysis.iMessageParts
    return openingComment
  }

  /// The analyser's comment on the opening sentence, in Dutch.
  public var openingComment: String? {
    guard let text = answer(.opening) else { return nil }
    let analysis = ReplyAnalysis(text: text, markers: openingMarkers ?? [], iMessageParts: openingParts ?? [])
    return ReplyFeedback.line(for: analysis)
  }

  /// Whether nothing was answered.
  public var isEmpty: Bool { answers.isEmpty }
}

/// One answer of the preparation.
public struct PreparationAnswer: Sendable, Equatable, Codable {
  public var question: PreparationQuestion
  public var text: String

  public init(question: PreparationQuestion, text: String) {
    self.question = question
    self.text = text
  }
}
