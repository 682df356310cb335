/// How well an analyser does on a labelled set: scores per marker, part and family, and the misses.
public struct EvaluationReport: Sendable {
  /// A reply the analyser got wrong: what it should have found and what it found.
  public struct Miss: Sendable {
    public var reply: LabelledReply
    public var analysis: ReplyAnalysis
  }

  public var markers: [Marker: EvaluationScore] = [:]
  public var parts: [IMessagePart: EvaluationScore] = [:]
  public var families: [MarkerFamily: EvaluationScore] = [:]
  public var misses: [Miss] = []
  public var replyCount = 0

  /// Runs `analyzer` over every reply of `set`.
  public init(set: LabelledSet, analyzer: some ReplyAnalyzer) {
    for reply in set.replies {
      add(reply, analysis: analyzer.analyze(reply.text))
    }
  }

  /// Adds one reply and what the analyser found in it.
  public mutating func add(_ reply: LabelledReply, analysis: ReplyAnalysis) {
    replyCount += 1
    let found = analysis.markerSet
    let foundParts = Set(analysis.iMessageParts)
    for marker in Marker.allCases {
      markers[marker, default: EvaluationScore()].count(
        expected: reply.markers.contains(marker), found: found.contains(marker))
    }
    for part in IMessagePart.allCases {
      parts[part, default: EvaluationScore()].count(
        expected: reply.parts.contains(part), found: foundParts.contains(part))
    }
    for family in MarkerFamily.allCases {
      families[family, default: EvaluationScore()].count(
        expected: reply.markers.contains { $0.family == family }, found: found.contains { $0.family == family })
    }
    if found != reply.markers || foundParts != reply.parts {
      misses.append(Miss(reply: reply, analysis: analysis))
    }
  }

  /// The mean F1 over the individual markers that occur in the labels or the findings.
  public var macroF1: Double {
    let occurring = Marker.allCases.compactMap { markers[$0] }.filter(\.occurs)
    guard !occurring.isEmpty else { return 1 }
    return occurring.map(\.f1).reduce(0, +) / Double(occurring.count)
  }

  /// The share of replies with exactly the right markers and parts.
  public var exactShare: Double {
    replyCount == 0 ? 1 : Double(replyCount - misses.count) / Double(replyCount)
  }
}
