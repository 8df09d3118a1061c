# macOS disk image: InspectDesk.app beside a link to /Applications (cpack -G DragNDrop).
# Qt's deployment script (installer/CMakeLists.txt) puts the frameworks into the bundle.
set(CPACK_GENERATOR DragNDrop)
set(CPACK_DMG_VOLUME_NAME "InspectDesk ${PROJECT_VERSION}")
set(CPACK_DMG_FORMAT UDZO)
set(CPACK_DMG_FILESYSTEM APFS)
set(CPACK_PACKAGE_FILE_NAME "InspectDesk-${PROJECT_VERSION}-macOS")
