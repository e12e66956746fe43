/** Entry of the options page: renders the settings form into the page's <main id="app">. */
import { render } from 'preact';
import { OptionsApp } from './app';
import './options.css';

const root = document.getElementById('app');
if (root) render(<OptionsApp />, root);
