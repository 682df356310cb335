/// A group of markers that scenarios, feedback and the accuracy report can treat as one.
public enum MarkerFamily: String, CaseIterable, Codable, Sendable {
  case ikBoodschap = "ik-boodschap"
  case jijBoodschap = "jij-boodschap"
  case luisteren
  case blokkade
  case afronding

  /// The markers in this family, in contract order.
  public var markers: [Marker] { Marker.allCases.filter { $0.family == self } }
}
