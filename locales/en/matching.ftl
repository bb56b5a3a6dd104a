## Mentor matching: why a mentor is suggested (one short line per factor).

match-need = { $need ->
    [methodology] teaching methods
    [classroom_management] classroom management
    [form_tutoring] form tutoring
    [parents] working with parents
    [documentation] paperwork
    [subject_content] subject content
    [digital_tools] digital tools
    [exams_olympiads] exams and olympiads
    [special_needs] special needs (SEN)
    [projects_research] projects and research
    [career_guidance] career guidance
    [team_adaptation] fitting into the team
    [self_organisation] self-organisation
   *[other] other
}

match-level = { $level ->
    [preschool] pre-school
    [primary] primary school
    [basic] lower secondary
    [secondary] upper secondary
    [vocational] vocational college
    [additional] supplementary education
   *[other] { $level }
}

mentorship-form = { $form ->
    [teacher_teacher] teacher – teacher
    [teacher_student] teacher – pupil
    [student_student] pupil – pupil
    [college_student_pupil] college student – pupil
    [employer_student] employer – pupil
    [leader_teacher] school leader – teacher
   *[other] { $form }
}

match-reason-subject = • Subject: { $subjects } (+{ $points })
match-reason-no-subject = • No shared subject ({ $points })
match-reason-level = • Level: { match-level } (+{ $points })
match-reason-requests = • Needs: { $covered } of { $wanted } covered — { $list } (+{ $points })
match-reason-no-requests = • Needs: none covered ({ $points })
match-reason-experience = • Experience: { $years } { $years ->
    [one] year
   *[other] years
} (+{ $points })
match-reason-form = • Form: { mentorship-form } (+{ $points })
match-reason-capacity = • Free places: { $free } of { $capacity } (+{ $points })
match-reason-same_org = • Same organisation (+{ $points })
match-reason-trained = • Completed mentor training (+{ $points })
