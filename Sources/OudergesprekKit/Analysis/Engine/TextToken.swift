/// One word of a reply: its normalised form, its vocabulary id and where it stands in the original text.
struct TextToken: Sendable {
  /// The word, lower case, without diacritics, apostrophes or inner hyphens ("'s" → "s", "hm-hm" → "hmhm").
  var word: String
  /// The id in the lexicon's vocabulary, or -1 for a word the lexicon does not know.
  var id: Int32
  /// The characters of the original reply.
  var range: Range<String.Index>
  /// Whether the word looks like a name: capitalised and unknown to the lexicon.
  var isName: Bool
  /// Whether a comma or colon stands right before the word.
  var commaBefore: Bool
}

/// One sentence of a reply.
struct TextSentence: Sendable {
  var tokens: [TextToken]
  /// How it ended.
  var terminator: Terminator

  /// The punctuation at the end of a sentence.
  enum Terminator: Sendable {
    /// A question mark.
    case question
    /// A full stop or exclamation mark.
    case statement
    /// Nothing: the end of the reply, a new line or an ellipsis.
    case none
  }
}
