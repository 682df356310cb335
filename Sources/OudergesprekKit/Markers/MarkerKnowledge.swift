/// Everything the program tells a user about one marker, declared once.
///
/// The Dutch texts live in `MarkerKnowledge+Messages.swift`, `+Listening`, `+Blockades` and `+Closing`, one
/// entry per marker; feedback, reports, the colleague's role card, the checklist and the ending rubric read
/// them from here, and `docs/gespreksmarkers.md` is checked against them by a test.
public struct MarkerKnowledge: Sendable {
  /// The marker this entry describes.
  public let marker: Marker
  /// A short Dutch name, for feedback and reports ("open vraag").
  public let name: String
  /// What the marker is, in the words of `docs/gespreksmarkers.md`.
  public let explanation: String
  /// A typical reply with this marker, as `docs/gespreksmarkers.md` quotes it.
  public let example: String
  /// What the feedback praises when a reply has this marker; `nil` for a jij-boodschap or a blockade.
  public let praise: String?
  /// The next step the feedback gives after this marker; `nil` for a marker that is good in itself.
  public let advice: String?
  /// A better reply in the same situation; `nil` for a marker that is good in itself.
  public let alternative: String?
  /// What the teacher does, after "als de docent …" (verb last), for the colleague who plays the parent.
  public let colleaguePresent: String
  /// What the teacher did, after "De docent …", for the colleague who plays the parent.
  public let colleaguePast: String
  /// Whether closing words with this marker are rude enough for the parent to walk out.
  public let rudeInClosing: Bool
  /// Whether this marker puts blame on the parent or the student.
  public let blames: Bool

  init(
    _ marker: Marker, name: String, explanation: String, example: String, praise: String? = nil,
    advice: String? = nil, alternative: String? = nil, colleague present: String, past: String,
    rudeInClosing: Bool = false, blames: Bool = false
  ) {
    self.marker = marker
    self.name = name
    self.explanation = explanation
    self.example = example
    self.praise = praise
    self.advice = advice
    self.alternative = alternative
    self.colleaguePresent = present
    self.colleaguePast = past
    self.rudeInClosing = rudeInClosing
    self.blames = blames
  }
}
