/// What a cue rule recognises: a marker, or one part of an ik-boodschap.
public enum CueTarget: Sendable, Hashable {
  case marker(Marker)
  case part(IMessagePart)
  /// An imperative sentence ("Stel je niet zo aan"): its "je" or "u" is no subject, so blame in it is no
  /// jij-boodschap.
  case imperative
  /// A compliment of the other person ("U bent een topmoeder."): no marker by itself, but praise that is
  /// followed by a push in the next sentence is prijzen.
  case praise
  /// A push after a compliment ("Dus dit lukt u thuis ook wel."): with praise just before it, prijzen.
  case steer
  /// A sentence that starts with a question word but is shaped as a statement ("wanneer er gepraat wordt, ...",
  /// "wat een slordig werk"): without a question mark it is no question.
  case statement
}

/// The kind of sentence a cue rule applies to.
public enum SentenceKind: Sendable {
  /// Any sentence.
  case any
  /// Only a question (ends with `?` or starts with a question word).
  case question
  /// Only a sentence that is not a question.
  case statement
}

/// One piece of language knowledge: the patterns that show a marker or an ik-boodschap part.
///
/// Patterns are written as words separated by spaces: `"als ik u goed begrijp"`, `"^ dus @jij zegt"`,
/// `"@jij ... @gevoel"`. Lexicon words are normalised like replies, so `geïrriteerd` and `geirriteerd` are the same.
/// - `woord`: exactly this word; `a|b|c`: one of these; `@klasse`: a word of that word class;
///   `@naam`: a capitalised name; `voor*`: a word starting with `voor`; `*ouder`: a word ending in `ouder`.
/// - `woord?`: optional (also `a|b?`, `@klasse?`).
/// - `...`: up to ten words of anything.
/// - `^` first: the match starts at the start of the sentence (after a name and comma, or "en", "oké").
/// - `$` last: the match ends at the end of the sentence.
public struct CueRule: Sendable {
  /// The marker or part this rule shows.
  public var target: CueTarget
  /// The patterns; one match in a sentence is enough.
  public var patterns: [String]
  /// Patterns that cancel the rule for the whole sentence when one of them matches.
  public var unless: [String]
  /// A short Dutch explanation for the teacher, shown with the evidence.
  public var explanation: String
  /// The kind of sentence the rule applies to.
  public var sentence: SentenceKind
  /// Whether a negation word inside the matched words (not written in the pattern) cancels the match.
  public var negationCancels: Bool
  /// Markers that this one overrules in the whole reply (a question that is really advice is no open question).
  public var suppresses: [Marker]
  /// Replies in which the rule's marker must be found (run by one generic test for every rule).
  public var examples: [String]
  /// Replies about the same subject in which the rule's marker must not be found.
  public var counterExamples: [String]

  public init(
    _ target: CueTarget, _ explanation: String, patterns: [String], unless: [String] = [],
    sentence: SentenceKind = .any, negationCancels: Bool = false, suppresses: [Marker] = [],
    examples: [String] = [], counterExamples: [String] = []
  ) {
    self.examples = examples
    self.counterExamples = counterExamples
    self.target = target
    self.patterns = patterns
    self.unless = unless
    self.explanation = explanation
    self.sentence = sentence
    self.negationCancels = negationCancels
    self.suppresses = suppresses
  }
}
