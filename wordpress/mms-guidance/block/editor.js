/* global window -- WordPress loads this in the editor page */
/**
 * The block's editor: a sidebar for the options and, in the canvas, the
 * server's own rendering (the fallback text in the chosen language). Plain
 * JavaScript on WordPress's globals, so the plugin needs no build.
 */
(function (wp) {
  const { registerBlockType } = wp.blocks;
  const { createElement: el, Fragment } = wp.element;
  const { InspectorControls, useBlockProps } = wp.blockEditor;
  // useSettings (6.5 and later, returning an array) replaces useSetting (deprecated since 6.5); 6.1 has only useSetting.
  const useColorPalette = wp.blockEditor.useSettings
    ? () => wp.blockEditor.useSettings('color.palette')[0]
    : () => wp.blockEditor.useSetting('color.palette');
  const { PanelBody, SelectControl, ToggleControl, CheckboxControl, ColorPalette, BaseControl } = wp.components;
  const { __ } = wp.i18n;
  const ServerSideRender = wp.serverSideRender;
  const data = window.mmsGuidanceEditor || { languages: {}, questions: {} };

  const languageOptions = [{ value: '', label: __('Page language', 'mms-guidance') }].concat(
    Object.keys(data.languages).map((tag) => ({ value: tag, label: data.languages[tag] })),
  );

  function Edit({ attributes, setAttributes }) {
    const open = attributes.openItems || [];
    // The theme's colours, plus a custom colour; hex only, as the plugin accepts.
    const palette = useColorPalette() || [];
    const toggleItem = (id, checked) =>
      setAttributes({ openItems: checked ? open.concat(id) : open.filter((item) => item !== id) });
    return el(
      Fragment,
      null,
      el(
        InspectorControls,
        null,
        el(
          PanelBody,
          { title: __('Content', 'mms-guidance') },
          el(SelectControl, {
            label: __('Language', 'mms-guidance'),
            value: attributes.lang,
            options: languageOptions,
            onChange: (lang) => setAttributes({ lang }),
          }),
          el(SelectControl, {
            label: __('Heading level of the title', 'mms-guidance'),
            value: String(attributes.headingLevel),
            options: [1, 2, 3, 4, 5].map((level) => ({ value: String(level), label: 'H' + level })),
            onChange: (level) => setAttributes({ headingLevel: Number(level) }),
          }),
          el(ToggleControl, {
            label: __('Share bar', 'mms-guidance'),
            checked: attributes.share,
            onChange: (share) => setAttributes({ share }),
          }),
          el(ToggleControl, {
            label: __('FAQ data (schema.org)', 'mms-guidance'),
            help: __(
              'Google stopped showing FAQ rich results on 7 May 2026; other search engines and assistants still read this data.',
              'mms-guidance',
            ),
            checked: attributes.structuredData,
            onChange: (structuredData) => setAttributes({ structuredData }),
          }),
        ),
        el(
          PanelBody,
          { title: __('Look', 'mms-guidance') },
          el(SelectControl, {
            label: __('Colour scheme', 'mms-guidance'),
            value: attributes.colorScheme,
            options: [
              { value: 'light', label: __('Light', 'mms-guidance') },
              { value: 'dark', label: __('Dark', 'mms-guidance') },
              { value: 'auto', label: __("Follow the reader's device", 'mms-guidance') },
            ],
            onChange: (colorScheme) => setAttributes({ colorScheme }),
          }),
          el(
            BaseControl,
            { label: __('Accent colour', 'mms-guidance'), id: 'mms-guidance-accent' },
            el(ColorPalette, {
              colors: palette,
              value: attributes.accentColor || undefined,
              disableCustomColors: false,
              clearable: true,
              onChange: (color) => setAttributes({ accentColor: color || '' }),
            }),
          ),
        ),
        el(
          PanelBody,
          { title: __('Open questions', 'mms-guidance'), initialOpen: false },
          Object.keys(data.questions).map((id) =>
            el(CheckboxControl, {
              key: id,
              label: data.questions[id],
              checked: open.includes(id),
              onChange: (checked) => toggleItem(id, checked),
            }),
          ),
        ),
      ),
      el('div', useBlockProps(), el(ServerSideRender, { block: 'mms-guidance/guidance', attributes })),
    );
  }

  registerBlockType('mms-guidance/guidance', { edit: Edit, save: () => null });
})(window.wp);
