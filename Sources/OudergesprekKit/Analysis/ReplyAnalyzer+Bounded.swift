extension ReplyAnalysis {
  /// The most characters of one reply that are analysed. A spoken reply is a few hundred characters;
  /// a pasted e-mail or book is kept whole in the transcript, but only its start is analysed.
  public static let analysedLength = 4000

  /// Whether a reply is longer than what is analysed.
  public static func isLong(_ reply: String) -> Bool {
    if reply.utf8.count <= analysedLength { return false }  // never more characters than bytes
    guard let end = reply.index(reply.startIndex, offsetBy: analysedLength, limitedBy: reply.endIndex) else {
      return false
    }
    return end != reply.endIndex
  }
}

extension ReplyAnalyzer {
  /// Analyses at most the first `ReplyAnalysis.analysedLength` characters, so that a megabyte reply cannot stall
  /// the session; the analysis keeps the whole reply as its text, so the transcript loses nothing.
  public func analyzeBounded(_ reply: String) -> ReplyAnalysis {
    guard ReplyAnalysis.isLong(reply) else { return analyze(reply) }
    var analysis = analyze(String(reply.prefix(ReplyAnalysis.analysedLength)))
    analysis.text = reply
    return analysis
  }
}
