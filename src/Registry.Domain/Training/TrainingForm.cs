namespace Registry.Domain.Training;

/// <summary>The forms of training the seeds list (002, 003): 开设调解大讲堂、集中授课、交流研讨、案例评析、现场观摩、旁听庭审、实训演练.</summary>
public enum TrainingForm
{
    /// <summary>集中授课.</summary>
    Lecture,
    /// <summary>交流研讨.</summary>
    Seminar,
    /// <summary>案例评析.</summary>
    CaseReview,
    /// <summary>现场观摩 — practical (实训) by default.</summary>
    OnSiteObservation,
    /// <summary>旁听庭审.</summary>
    CourtHearingObservation,
    /// <summary>实训演练 — practical (实训) by default.</summary>
    PracticalDrill,
    /// <summary>调解大讲堂.</summary>
    MediationLectureHall,
    /// <summary>线上培训.</summary>
    Online,
}
