# macOS: build inspectdesk as InspectDesk.app with our Info.plist (document types for
# "Open With"). Included from app/CMakeLists.txt before the install rule, so the target is
# installed as a bundle. Written on Linux and checked by configuring only.
set_target_properties(inspectdesk PROPERTIES
    MACOSX_BUNDLE ON
    OUTPUT_NAME InspectDesk
    MACOSX_BUNDLE_INFO_PLIST ${CMAKE_CURRENT_LIST_DIR}/Info.plist.in
    MACOSX_BUNDLE_BUNDLE_NAME InspectDesk
    MACOSX_BUNDLE_GUI_IDENTIFIER org.example.inspectdesk
    MACOSX_BUNDLE_SHORT_VERSION_STRING ${PROJECT_VERSION}
    MACOSX_BUNDLE_BUNDLE_VERSION ${PROJECT_VERSION}
    MACOSX_BUNDLE_COPYRIGHT "GPL-3.0-or-later. Ofsted reports are Crown copyright."
    MACOSX_BUNDLE_ICON_FILE "")
