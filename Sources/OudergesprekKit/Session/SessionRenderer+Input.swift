extension SessionRenderer {
  /// Said before the feedback on a very long reply (a pasted e-mail): only its start is analysed.
  public func longReply(characters: Int) -> String {
    style.color(
      .gray,
      TextWrap.wrap(
        "Je antwoord is erg lang (\(characters) tekens); alleen de eerste \(ReplyAnalysis.analysedLength) tekens zijn beoordeeld. Het hele antwoord staat in het transcript.",
        indent: "  ", hangingIndent: "  "))
  }
}
